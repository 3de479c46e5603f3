// A count of times written right after a stage of pregnancy (其中孕早期1次、孕中期2次) says when the check-ups of each pregnancy
// fall: a care norm's schedule, not a target (grammar pregnancyStages). A bound word still sets one, and a rate or count of
// women in a stage stays. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: a count of times right after a stage of pregnancy', () => {
  it('should not support the check-ups scheduled in each stage', () => {
    expect(values('规范开展孕期保健，其中孕早期1次、孕中期3次、孕晚期4次。')).toEqual([]);
    expect(values('乡镇卫生院按早孕期1次、晚孕期2次安排随访。')).toEqual([]);
    expect(values('每名孕妇孕期接受产前检查不少于6次，其中孕早期1次、孕中期2次、孕晚期3次。')).toEqual(['6次']);
  });

  it('should not support it beside a target of the same sentence, which stays', () => {
    expect(values('孕产妇健康管理率达到90%，其中孕中期2次、孕晚期2次。')).toEqual(['90%']);
  });

  it('should support a bound word after the stage, and a rate of a stage', () => {
    expect(values('孕晚期产前检查不少于3次。')).toContain('3次');
    expect(values('孕早期建册率达到85%以上。')).toContain('85%');
  });
});
