// The consequence a 考核 rule lays on whoever falls below its line (得分低于60分的单位限期整改): the noun of who falls under it runs
// straight into the sanction as often as it is closed by a comma (…的单位，予以通报批评); the bounded score is the condition,
// never a level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const ANNUAL = { years: [2027, 2027] as [number, number], annual: true };
const points = (text: string) => indicators(text, ANNUAL).filter((i) => i.unit === '分');

describe('a score below a line, its noun run straight into the sanction', () => {
  it('should support leaving out 得分低于N分的医院限期整改', () => {
    expect(points('年终考核得分低于70分的医院限期整改。')).toEqual([]);
  });
  it('should support leaving out 不足N分的乡镇责令整改', () => {
    expect(points('综合得分不足80分的乡镇责令整改。')).toEqual([]);
  });
  it('should support leaving out 低于N分的单位约谈 (a sanction word of the grammar)', () => {
    expect(points('半年督导得分低于65分的单位约谈主要负责人。')).toEqual([]);
  });
  it('should not support dropping a score the plan sets to reach', () => {
    expect(points('年度绩效考核得分达到90分以上。').map((i) => i.value)).toEqual([90]);
  });
});
