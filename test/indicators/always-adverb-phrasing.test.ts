// 始终 and 一直 ("always") between a metric and its verb or bound: how a plan says a level is to be held throughout. No part of
// the metric's name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('始终/一直 before the verb or bound of a level', () => {
  it('should support the metric without the adverb', () => {
    expect(names('全市空气质量优良天数比率始终保持在90%以上。')).toEqual(['空气质量优良天数比率|90|%']);
    expect(names('农村饮水工程供水保证率一直稳定在95%以上。')).toEqual(['农村饮水工程供水保证率|95|%']);
    expect(names('生产安全事故死亡人数始终控制在5人以内。')).toEqual(['生产安全事故死亡人数|5|人']);
    expect(names('个人贷款不良率始终低于1.5%。')).toEqual(['个人贷款不良率|1.5|%']);
  });
  it('should not support dropping 一直 or 始终 where no verb or bound follows them in the name', () => {
    expect(names('全年开展“始终跟党走”主题宣讲活动20场以上。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['20|场']);
  });
});
