// A count of years (src/indicators/years-count.ts): the span a total is summed over, read before a sum word and at either end
// of a name; and the names it leaves (metricName) and the predicates it reads, through the indicator reader.
import { describe, expect, it } from 'vitest';
import { LEADING_YEARS, yearsCountStart } from '../../src/indicators/years-count.js';
import { metricName } from '../../src/indicators/metric.js';
import { grammars } from '../grammar-helpers.js';
import { indicators } from './helpers.js';

describe('LEADING_YEARS', () => {
  it('should support a count of years in a numeral or in digits opening a text', () => {
    expect(LEADING_YEARS.exec('三年累计培训')?.[0]).toBe('三年');
    expect(LEADING_YEARS.exec('两年共安排')?.[0]).toBe('两年');
    expect(LEADING_YEARS.exec('10年合计')?.[0]).toBe('10年');
  });
  it('should not support a year in digits or a count not at the start', () => {
    expect(LEADING_YEARS.exec('2026年新建')).toBeNull();
    expect(LEADING_YEARS.exec('全县三年累计')).toBeNull();
  });
});

describe('yearsCountStart', () => {
  it('should support a count of years that ends where a sum word starts', () => {
    const text = '民生支出五年合计';
    expect(yearsCountStart(text, text.indexOf('合计'))).toBe(text.indexOf('五年'));
    const digits = '技改投资3年累计';
    expect(yearsCountStart(digits, digits.indexOf('累计'))).toBe(digits.indexOf('3年'));
  });
  it('should not support the end of a year in digits, nor a count before the floor', () => {
    const year = '投资2026年累计';
    expect(yearsCountStart(year, year.indexOf('累计'))).toBeUndefined();
    const text = '五年合计';
    expect(yearsCountStart(text, 2, 1)).toBeUndefined();
  });
});

describe('sum words and their years around a metric', () => {
  it('should support a name without the sum word and the years it sums over', () => {
    const [a] = indicators('过去五年，全区社会事业投入五年合计达到46.8亿元。');
    expect(a).toMatchObject({ metric: '社会事业投入', value: 46.8, unit: '亿元' });
    const [b] = indicators('全年外贸进出口总额累计完成128亿元。');
    expect(b).toMatchObject({ metric: '外贸进出口总额', value: 128, unit: '亿元' });
  });
  it('should support a sum word and its years cut from the end of a name', () => {
    expect(metricName('民生支出五年合计', grammars().indicators)).toBe('民生支出');
    expect(metricName('技改投资3年累计', grammars().indicators)).toBe('技改投资');
  });
  it('should not support cutting a year in digits before a sum word, nor a one-character 共 that ends a word', () => {
    expect(metricName('研发投入2026年累计', grammars().indicators)).toBe('研发投入2026年');
    expect(metricName('中共', grammars().indicators)).toBe('中共');
  });
});
