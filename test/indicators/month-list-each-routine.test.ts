// A count of times shared out by a distributor (分别, 各, 均) over months listed in its clause (于6月、12月分别开展1次调度, 3月和9月各组织1次演练):
// a timetable that puts one session at each listed time, as 春季和秋季各开展1次 does for seasons, how often a routine runs, not a
// number of sessions the plan sets for its year (indicators/routines.ts datedEach). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: one session at each of the listed months (6月、12月分别开展1次)', () => {
  it('should support a count of times shared over listed months by 分别/各 as no indicator', () => {
    expect(values('市局于7月、11月分别对各县区政务服务工作开展1次集中督导。')).toEqual([]);
    expect(values('区局于5月、10月分别开展1次校车安全专项检查。')).toEqual([]);
    expect(values('县市场监管局4月和10月均组织1次电梯维保质量抽查。')).toEqual([]);
  });
  it('should not support a count with a floor, or one with no listed months, as no indicator', () => {
    expect(values('全年开展森林防火专项督查不少于3次。')).toEqual(['3|次|>=']);
    expect(values('6月底前完成1次全覆盖排查。')).toEqual(['1|次|=']);
  });
});
