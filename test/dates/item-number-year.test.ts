// An outline item numbered `1.` may begin its sentence with a year (2.2027年，…): the `.` closes the item's number, so the year
// after it is a date, as after `2、` or `（二）`. After a number inside a sentence the `.` is a decimal point and what follows it is
// the fraction, never a year. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/dates/scan.js';
import { grammars } from '../grammar-helpers.js';
import { documentItems } from '../indicators/helpers.js';

const years = (text: string) => scanDates(text, grammars().periods).map((h) => text.slice(h.start, h.end));

describe('dates: a year right after an item number `N.`', () => {
  it('should support a year that opens a numbered item', () => {
    expect(years('3.2027年，全市助产机构全部开展听力筛查。')).toEqual(['2027年']);
    expect(years('一、任务\n12.2026年底前，建成市级筛查中心。')).toEqual(['2026年底前']);
  });

  it('should support the year governing the item\'s target', async () => {
    const doc = '关于筛查工作的方案\n一、主要任务\n1.加强能力建设。\n2.2027年，新生儿听力复筛率达到92%以上。';
    expect(await documentItems(doc)).toContain('新生儿听力复筛率|92|%|>=|target|2027|"新生儿听力复筛率达到92%以上"');
  });

  it('should not support the fraction of a decimal inside a sentence, or after a long number', () => {
    expect(years('人均筛查费用增长2.2026年度结算时核定。')).toEqual([]);
    expect(years('123.2027年度')).toEqual([]);
  });
});
