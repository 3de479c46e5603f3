// The date each quantity of a sentence falls under (src/indicators/sentence-dates.ts): the last date before it that stands in its
// clause or opens its own. The search is bounded (a binary search over dates in source order); these tests hold its answers
// against the plain rule, on dates in order and out of it.
import { describe, expect, it } from 'vitest';
import type { DateHit } from '../../src/dates/scan.js';
import { opensClause, SentenceDates } from '../../src/indicators/sentence-dates.js';
import { grammars } from '../grammar-helpers.js';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const g = grammars().indicators;

/** The year dates of a text (four digits and 年), in source order. */
function years(text: string): DateHit[] {
  return [...text.matchAll(/(\d{4})年/gu)].map((m) => ({ kind: 'year', start: m.index, end: m.index + m[0].length, value: m[1] as string, year: Number(m[1]), from: Number(m[1]) }) as DateHit);
}

/** The plain rule: every date tested for each quantity. */
const plain = (text: string, s: number, list: DateHit[], at: number, clause: number): DateHit | undefined =>
  list.filter((d) => d.end <= at && d.start >= s && (d.start >= clause || opensClause(text, d, s, g))).pop();

describe('SentenceDates.before', () => {
  const text = '到2025年，城镇新增就业2万人，农村劳动力转移就业1万人，2026年新建养老机构3所，力争到2027年，全市新增床位500张';
  const list = years(text);
  const dates = new SentenceDates(text, 0, list, g);
  it('should support a date that opens an earlier clause', () => {
    const at = text.indexOf('1万人');
    expect(dates.before(at, text.lastIndexOf('，', at) + 1)?.year).toBe(2025);
  });
  it('should support a date inside the quantity clause, and a later opening date over an earlier one', () => {
    const at3 = text.indexOf('3所');
    expect(dates.before(at3, text.lastIndexOf('，', at3) + 1)?.year).toBe(2026);
    const at500 = text.indexOf('500张');
    expect(dates.before(at500, text.lastIndexOf('，', at500) + 1)?.year).toBe(2027);
  });
  it('should not support a date after the metric of an earlier clause', () => {
    const t = '城镇污水处理率至2025年达到99%，出水水质达标率100%';
    const at = t.indexOf('100%');
    expect(new SentenceDates(t, 0, years(t), g).before(at, t.indexOf('，') + 1)).toBeUndefined();
  });
  it('should support the answers of the plain rule, dates in order and out of it', () => {
    const shuffled = [list[2], list[0], list[1]] as DateHit[];
    const out = new SentenceDates(text, 0, shuffled, g);
    for (let at = 0; at <= text.length; at++) {
      const clause = text.lastIndexOf('，', at - 1) + 1;
      expect(dates.before(at, clause)).toBe(plain(text, 0, list, at, clause));
      expect(out.before(at, clause)).toBe(plain(text, 0, shuffled, at, clause));
    }
  });
  it('should not support a date before the sentence start', () => {
    const t = '到2025年，就业稳定。新增就业2万人';
    const s = t.indexOf('。') + 1;
    expect(new SentenceDates(t, s, years(t), g).before(t.indexOf('2万人'), s)).toBeUndefined();
  });
});

describe('a sentence of many deadlines', () => {
  it('should support each quantity under its own deadline in a long run of them', () => {
    const unit = '到2025年全市新增就业2万人 2030年达到3万人 ';
    const items = brief(indicators(`${unit.repeat(300).trimEnd()}。`, ANNUAL_2024));
    const one = brief(indicators(`${unit.trimEnd()}。`, ANNUAL_2024));
    expect(one.length).toBeGreaterThan(0);
    expect(items.slice(-one.length).map((b) => b.split('|').slice(1).join('|'))).toEqual(one.map((b) => b.split('|').slice(1).join('|')));
  });
});
