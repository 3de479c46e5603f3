// The postal service's quality rates are taken per a number of items, written between the verb and the value (快递服务有效申诉率
// 为每百万件2.1件, 邮件丢失率控制在每万件0.3件以下): 邮政管理 statistics publish complaints, losses and damages per million or
// ten thousand parcels. Like 每千人口 (达到每3万人口1辆), the base is no part of the metric. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const ANNUAL_2027 = { years: [2027, 2027] as [number, number], annual: true };

describe('a per-parcel base between the verb and the value (为每百万件N件)', () => {
  it('should support 每百万件 / 每万件 after the verb as no part of the metric', () => {
    expect(brief(indicators('全区快递服务有效申诉率控制在每百万件2件以内。', ANNUAL_2027))).toEqual(['快递服务有效申诉率|2|件|<=|target|2027']);
    expect(brief(indicators('邮件丢失率下降到每万件0.3件以下，邮件损毁率不超过每万件0.5件。', ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual(['邮件丢失率|0.3|件', '邮件损毁率|0.5|件']);
  });

  it('should not support a count of parcels with no per word before it as a base', () => {
    expect(brief(indicators('全年快递业务量达到3000万件，日均处理快件10万件。', ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['3000|万件', '10|万件']);
  });
});
