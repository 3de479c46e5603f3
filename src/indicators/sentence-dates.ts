// The governing dates of one sentence, and the date each quantity of it falls under. A sentence may hold thousands of dates and
// quantities (a table flattened onto one line, run-on text): each date is tested once for whether it opens its clause, and a
// quantity's date is found by a binary search, not by testing every date of the sentence again for each quantity.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { DateHit } from '../dates/scan.js';
import { clauseStart } from './metric.js';
import { partitionPoint } from '../text/sorted.js';
import { han, HAN_ONLY } from '../text/han.js';

/** A quotation mark opening a period's name after its lead word (到“十五五”末). */
const OPENING_QUOTE = /[“"]$/u;
/**
 * The closing emphasis mark of a Markdown bold or italic lead sentence (**加强队伍建设。** 2026年全省培训…): the lead closes with its
 * 。 inside the mark, so the next sentence starts after the mark, not with it.
 */
const EMPHASIS_CLOSE = /^[*_]+/u;

/** Whether a date stands at the start of its clause (a scope and at most two lead words before it: 确保在2027年底前, 全市力争到2027年). */
export function opensClause(text: string, d: DateHit, s: number, g: IndicatorGrammar): boolean {
  let lead = text.slice(clauseStart(text, d.start, s), d.start).trim().replace(OPENING_QUOTE, '').replace(EMPHASIS_CLOSE, '').trimStart();
  // The mark of an unnumbered list's item (——到2026年底，…; ●到2027年，…) opens the item, not the clause's words.
  const mark = g.listItemMarks.startingAt(lead, 0);
  if (mark !== undefined) lead = lead.slice(mark.length).trimStart();
  // 到 and its year right after a value (…占比达到25%到2030年，…): the source lost the mark before the next milestone, which opens
  // its clause as after ，or 。. Not the 到 of a change from a baseline (由3个减少到2030年的1个, 从5人增到…).
  const own = MILESTONE_LEAD.test(text.charAt(d.start));
  const beforeLead = own ? lead : MILESTONE_LEAD.test(lead.slice(-1)) ? lead.slice(0, -1).trimEnd() : undefined;
  if (beforeLead !== undefined && VALUE_END.test(beforeLead) && !DATE_END.test(beforeLead) && !FROM_BASELINE.test(beforeLead)) return true;
  // The territory a statement covers may come first (全市2026年…, 我县力争到2027年…): it names no time, so the date still opens.
  const scope = g.scope.exec(lead);
  if (scope) lead = lead.slice(scope[0].length).trimStart();
  for (let k = 0; k < 2 && lead !== ''; k++) {
    const word = g.dateLeads.endingAt(lead, lead.length);
    if (!word) return isActor(lead, g);
    lead = lead.slice(0, -word.length).trimEnd();
  }
  return lead === '' || isActor(lead, g);
}

/** The longest name of an acting body read before a date (县人民医院, 各乡镇卫生院). */
const MAX_ACTOR = 12;

/**
 * Whether the words before a date (and its lead words) name the body that acts, an institution (grammar institutionHeads):
 * 县人民医院力争到2028年达到…，新建…2个以上，…占比提高到45%. Plans make the body the subject of the whole sentence and the date
 * its time, so the date opens the clause as after a scope word (全县力争到2028年). A metric before the date (…处理率至2025年达到)
 * ends in no institution, and a body qualified by a clause of its own (…的卫生院) or holding a number is no bare subject.
 */
function isActor(lead: string, g: IndicatorGrammar): boolean {
  return lead.length >= 2 && lead.length <= MAX_ACTOR && HAN_ONLY.test(lead) && !lead.includes('的') && g.institutionHeads.endingAt(lead, lead.length) !== undefined;
}

/** The lead words of a deadline (到, 至) that can open a later milestone. */
const MILESTONE_LEAD = /^[到至]$/u;
/** The words that open a change from a baseline (由X到Y, 从X到Y). */
const FROM_BASELINE = /[由从]/u;
/** The end of a date, not a value (2027年9月1日至12月31日: a span). */
const DATE_END = /[年月日号时]$/u;
/** A value's end: its number and perhaps a short unit (25%, 80岁, 2.6名, 3个百分点). */
const VALUE_END = han(/[0-9０-９](?:[%％‰]|个百分点|[\p{Script=Han}]{1,2})?$/u);

export class SentenceDates {
  private readonly opening = new Map<DateHit, boolean>();
  /** Whether the dates are in source order by start and by end: the searches below need it (else every date is tested). */
  private readonly ordered: boolean;
  /** For each date index, the index of the last date up to it that opens its clause (-1: none); filled as far as asked. */
  private readonly lastOpening: number[] = [];

  constructor(
    private readonly text: string,
    /** Start of the sentence. */
    readonly start: number,
    /** The sentence's governing dates. */
    readonly list: readonly DateHit[],
    private readonly g: IndicatorGrammar,
  ) {
    this.ordered = list.every((d, k) => k === 0 || (d.start >= (list[k - 1] as DateHit).start && d.end >= (list[k - 1] as DateHit).end));
  }

  /** Whether `d` opens its clause (opensClause from the sentence start), each date tested once. */
  opens(d: DateHit): boolean {
    let known = this.opening.get(d);
    if (known === undefined) {
      known = opensClause(this.text, d, this.start, this.g);
      this.opening.set(d, known);
    }
    return known;
  }

  /**
   * The date that governs a quantity at `at` in the clause starting at `clause`: the last date ending before it in the sentence that
   * stands in that clause or opens its own (到2025年，…). A date after the metric of an earlier clause governs only that clause
   * (城镇污水处理率至2025年达到99％，出水水质…).
   */
  before(at: number, clause: number): DateHit | undefined {
    const list = this.list;
    if (!this.ordered) return list.filter((d) => d.end <= at && d.start >= this.start && (d.start >= clause || this.opens(d))).pop();
    // The dates ending at or before `at` are a prefix of the list.
    const lo = partitionPoint(list.length, (i) => (list[i] as DateHit).end <= at);
    if (lo === 0) return undefined;
    const last = list[lo - 1] as DateHit;
    if (last.start >= clause && last.start >= this.start) return last;
    // The dates before the clause: the last that opens its own clause.
    const k = this.lastOpeningUpTo(lo - 1);
    return k >= 0 && (list[k] as DateHit).start >= this.start ? list[k] : undefined;
  }

  private lastOpeningUpTo(j: number): number {
    for (let k = this.lastOpening.length; k <= j; k++) this.lastOpening.push(this.opens(this.list[k] as DateHit) ? k : (this.lastOpening[k - 1] ?? -1));
    return this.lastOpening[j] as number;
  }
}
