import { describe, expect, it } from 'vitest';
import { fullDates } from '../../src/dates/full-dates.js';
import { grammars } from '../grammar-helpers.js';

const dates = (line: string) => fullDates(line, grammars().periods);
const isos = (line: string) => dates(line).map((d) => d.iso);
/** Each date's own words in the line after NFKC. */
const words = (line: string) => dates(line).map((d) => line.normalize('NFKC').slice(d.index, d.end));

describe('dates: full dates of a head or end line', () => {
  it('should support ISO, slashed, dotted, Chinese and Chinese-numeral dates', () => {
    expect(isos('2023-03-24')).toEqual(['2023-03-24']);
    expect(isos('2023/3/4 10:00')).toEqual(['2023-03-04']);
    expect(isos('2023.03.04')).toEqual(['2023-03-04']);
    expect(isos('2022年12月30日')).toEqual(['2022-12-30']);
    expect(isos('二〇二二年十二月三十日')).toEqual(['2022-12-30']);
    expect(isos('二○○一年五月二十二日')).toEqual(['2001-05-22']);
    expect(isos('２０２１年６月１５日')).toEqual(['2021-06-15']);
  });

  it('should support white space a PDF or a letter-spaced line sets inside a date, and give the date as written', () => {
    expect(words('成文日期：2025 年 5 月 12 日')).toEqual(['2025 年 5 月 12 日']);
    expect(words('某县卫生健康局　　二〇二六年　三月　五日')).toEqual(['二〇二六年　三月　五日'.normalize('NFKC')]);
  });

  it('should support a Chinese-numeral date whose 〇 OCR read as a letter O, a small o or a zero (二O二六年, 二o二六年, 二0二六年)', () => {
    expect(isos('二O二六年三月三日 二o二六年三月三日 二0二六年三月三日')).toEqual(['2026-03-03', '2026-03-03', '2026-03-03']);
  });

  it('should support a date in a deadline, without the deadline words', () => {
    expect(words('到2026年6月30日前完成')).toEqual(['2026年6月30日']);
  });

  it('should support several dates on a line, in order, each where it stands', () => {
    const line = '国家卫生健康委　国家中医药局  2024年10月28日　2024年10月29日';
    expect(isos(line)).toEqual(['2024-10-28', '2024-10-29']);
    expect(dates(line)[0]?.index).toBe(line.normalize('NFKC').indexOf('2024'));
  });

  it('should not support a year, a month, the end of a year or a part of it', () => {
    expect(dates('2026年')).toEqual([]);
    expect(dates('2026年3月')).toEqual([]);
    expect(dates('2026年底前')).toEqual([]);
    expect(dates('2026年上半年')).toEqual([]);
    expect(dates('3月5日')).toEqual([]);
  });

  it('should not support a word of letters as a year', () => {
    expect(dates('二oo年三月三日 ooo年三月三日')).toEqual([]);
  });

  it('should not support impossible dates', () => {
    expect(dates('2023-02-30')).toEqual([]);
    expect(dates('2023年13月1日')).toEqual([]);
  });
});
