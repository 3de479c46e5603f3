// A span of years opening a sentence (2026年至2030年，…) followed by 分别 before the verb and one value per year of the span spreads
// the values over the span's years in order, as a list of years (2026年、2027年分别…) or the plan's N years (三年分别…) do: plans
// state a yearly schedule this way. Values distributed over members named before 分别 (城区和农村分别…) are the members', not the
// years'. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const FIVE_YEARS: PlanYears = { years: [2026, 2030], annual: false };
const THREE_YEARS: PlanYears = { years: [2027, 2029], annual: false };
const years = (text: string, plan: PlanYears) => indicators(text, plan).map((i) => [i.value, i.year]);

describe('indicators: a span of years spread over as many values by 分别 (2026年至2030年，…分别新建…)', () => {
  it('should support each value of the list taking its year of the span in order', () => {
    expect(years('2026年至2030年，全省分别完成造林面积80万亩、85万亩、90万亩、95万亩和100万亩。', FIVE_YEARS)).toEqual([
      [80, 2026], [85, 2027], [90, 2028], [95, 2029], [100, 2030],
    ]);
    expect(years('2027—2029年，全县分别改造提升农村公路60公里、70公里和80公里。', THREE_YEARS)).toEqual([
      [60, 2027], [70, 2028], [80, 2029],
    ]);
  });
  it('should not support the span\'s years for members named before 分别, or for a list of another length', () => {
    expect(years('2027—2028年，城区和农村分别新增公益性岗位300个、200个。', THREE_YEARS).map(([, y]) => y)).not.toEqual([2027, 2028]);
    expect(years('2026年至2030年，全省分别完成造林面积80万亩、85万亩和90万亩。', FIVE_YEARS).map(([, y]) => y)).toEqual([2030, 2030, 2030]);
  });
});
