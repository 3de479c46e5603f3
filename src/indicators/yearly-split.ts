// A yearly split of one metric: its name, a word that says a split follows, a colon, then one value a year
// (改造任务分年度安排为：2025年162个（已完成）、2026年156个（已完成）、2027年150个).
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { DateHit } from '../dates/scan.js';
import { clauseStart, trimLead, type Span } from './metric.js';
import type { Quantity } from './quantity.js';

/** The year that opens a member, right before its value. */
const MEMBER_YEAR = /(?:19|20)[0-9]{2}年$/u;
/** What may part two members: a joiner, after a short status note in brackets on the member before (（已完成）, （续建）). */
const MEMBER_GAP = /^(?:[（(][^（）()，,。；;]{1,10}[）)])?\s*[、，,和及]\s*(?:19|20)[0-9]{2}年$/u;
/** How long the lead's metric may be. */
const MAX_LEAD = 30;

export interface SplitMember {
  /** The metric the split is of: the lead before its split word. */
  lead: Span;
  /** Where the member's year starts. */
  year: number;
}

/**
 * The member of a yearly split that the quantity `q` is, given the member read before it (`prev`, with its lead and the end of
 * its value): the first member stands right after the split word and its colon, the next after a joiner and a status note of the
 * one before, in the same unit. Undefined when `q` is no such member.
 */
export function yearlySplitMember(text: string, s: number, q: Quantity, prev: { lead: Span; end: number; unit: string } | undefined, dates: DateHit[], g: IndicatorGrammar): SplitMember | undefined {
  if (q.hanzi) return undefined;
  const year = MEMBER_YEAR.exec(text.slice(Math.max(s, q.start - 5), q.start));
  if (!year) return undefined;
  const yearStart = q.start - year[0].length;
  if (prev && prev.unit === q.unit.unit && prev.end <= yearStart && MEMBER_GAP.test(text.slice(prev.end, q.start))) return { lead: prev.lead, year: yearStart };
  let k = yearStart;
  if (text[k - 1] === '：' || text[k - 1] === ':') k--;
  const word = g.yearlySplitWords.endingAt(text, k);
  if (!word) return undefined;
  const end = k - word.length;
  const from = trimLead(text, clauseStart(text, end, s), end, dates, g);
  return end - from >= 2 && end - from <= MAX_LEAD ? { lead: { start: from, end }, year: yearStart } : undefined;
}
