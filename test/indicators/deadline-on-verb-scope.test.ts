// A deadline written straight onto its verb with no comma of its own (到2029年建成…3座。…) is the adverbial of that one act: it dates
// its own sentence, not the sentences after it. A deadline set off as its own opening clause (到2029年，…) frames the passage, and so
// do a stock date (截至2025年底…) and a bare year (2025年全市…) that open a review paragraph. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const FIVE_YEAR: PlanYears = { years: [2026, 2030], annual: false };
const years = (text: string): string[] => indicators(text, FIVE_YEAR).map((i) => `${JSON.stringify(i.value)}|${String(i.year)}`);

describe('indicators: a deadline written onto its verb dates its own sentence only (到2029年建成…。…)', () => {
  it('should support a deadline onto its verb as no frame for the next sentence', () => {
    expect(years('推进城区排涝设施建设。到2029年建成雨水泵站3座。优化管网布局，城区雨污分流比例达到75%。')).toEqual(['3|2029', '75|null']);
    expect(years('到2028年底前完成老旧供水管网改造120公里。实施二次供水设施改造，居民小区覆盖率达到90%以上。')).toEqual(['120|2028', '90|null']);
  });
  it('should not support a deadline set off by its comma, a stock date or a bare year as no frame', () => {
    expect(years('到2029年，全市建成雨水泵站3座。城区雨污分流比例达到75%。')).toEqual(['3|2029', '75|2029']);
    expect(years('截至2025年底全市供水管网长度达到860公里。城区供水普及率达到99.2%。')).toEqual(['860|2025', '99.2|2025']);
  });
});
