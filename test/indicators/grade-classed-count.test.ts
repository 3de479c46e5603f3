// A grade bounded after it and closed by 的 before a noun that a count later in the clause counts (…达到5级以上的医院达到8家): the
// grade classes what is counted and is part of the count's name, as a rank cut before 的 is; the count is the value. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const items = (text: string) => indicators(text, ANNUAL_2024).map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a grade that classes a counted noun', () => {
  it('should support the count of the institutions that reach a grade as the only item, the grade in its name', () => {
    const out = items('全市护理信息系统应用水平评价达到4级以上的医院达到9家。');
    expect(out).toHaveLength(1);
    expect(out[0]!.slice(1)).toEqual([9, '家']);
    expect(out[0]![0]).toContain('4级以上的医院');
  });
  it('should support 及以上 and a count bounded by 不少于', () => {
    const out = items('药学服务规范化评估达到3级及以上的乡镇卫生院不少于12家。');
    expect(out.map((i) => i.slice(1))).toEqual([[12, '家']]);
  });
  it('should not support dropping a grade that is itself the level to reach', () => {
    expect(items('二级以上医院智慧管理分级评估达到3级以上。').map((i) => i.slice(1))).toEqual([[3, '级']]);
  });
  it('should not support dropping a grade before the share of a metric head (already a rate name)', () => {
    const out = items('护理信息系统应用水平达到4级以上的医院占比达到50%。');
    expect(out.map((i) => i.slice(1))).toEqual([[50, '%']]);
  });
});
