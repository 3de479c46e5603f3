// A review sentence of an annual plan opens with the past year it reports on (2026年，…) and lists what was done in ；-parts
// (…举办培训班30期；编印简报12期，…): the opening year is the time of the whole sentence up to 。, so the ；-parts after the first
// review it too, and their bare counts of work done are levels reached (kind actual), as in the first part. A later part that
// opens with a year of its own (；2027年，…) is that year's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').filter((_, k) => k !== 3).join('|'));

describe('indicators: the later ；-parts of a review sentence opened by a past year', () => {
  it('should support the bare counts of a later ；-part as levels of the past year', () => {
    expect(items('2026年，全馆共举办公益讲座48场；编印馆刊简报12期，接待读者查询2300人次。')).toEqual([
      '公益讲座|48|场|actual|2026',
      '馆刊简报|12|期|actual|2026',
      '接待读者查询|2300|人次|actual|2026',
    ]);
    expect(items('2026年，中心完成技术培训15期；撰写调研报告9篇。')).toEqual(['中心完成技术培训|15|期|actual|2026', '撰写调研报告|9|篇|actual|2026']);
  });

  it('should not support a ；-part that opens with the plan year, or a sentence that opens with no past year, as a review', () => {
    expect(items('2026年，全馆共举办公益讲座48场；2027年，编印馆刊简报12期。')).toEqual(['公益讲座|48|场|actual|2026', '馆刊简报|12|期|target|2027']);
    expect(items('全年举办公益讲座48场；编印馆刊简报12期。')).toEqual(['公益讲座|48|场|target|2027', '馆刊简报|12|期|target|2027']);
  });
});
