// A mass, length or volume right after 每 (每50公斤, 每100克, 每10公里) is the base of a price, a content or a spacing, as a count
// after 每 is the base of a ratio (每3万人口): no quantity of its own (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a measure after 每 is a base', () => {
  it('should not support 每50公斤 before a price as a quantity', () => {
    expect(values('执行小麦最低收购价政策，收购价格为每50公斤119元，确保应收尽收。')).not.toContain('50公斤');
  });

  it('should not support 每10公里 as a quantity: the spacing is the count after it', () => {
    expect(values('国省干线沿线每10公里设置1处港湾式停靠站。')).toEqual(['1处']);
  });

  it('should support a content per 100 grams with the base kept in its name', () => {
    expect(brief(indicators('学生营养餐每100克含盐量不超过0.5克。', ANNUAL_2024))).toEqual(['学生营养餐每100克含盐量|0.5|克|<=|target|2024']);
  });

  it('should support a mass that is the target itself, with no 每 before it', () => {
    expect(values('全年完成秋粮收购50万公斤以上。')).toContain('50万公斤');
    expect(values('示范区水稻亩产提高50公斤。')).toContain('50公斤');
  });
});
