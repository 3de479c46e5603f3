// Counts of things that attain a standard (3个乡镇卫生院达到推荐标准, 新增3个…达到…标准): the verb of attaining after the
// count and the attainers named before it.
import type { Reading } from './reading.js';
import type { DateHit } from '../dates/scan.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { nounFollows } from './inside-names.js';
import { clauseBefore, clauseEnd, metricName, trimLead } from './metric.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { han } from '../text/han.js';

/** What may stand between a counted noun and its verb of attaining: Han characters, brackets and quotes. */
const ATTAINER_WORDS = han(/^[\p{Script=Han}（）()“”"]+$/u);

/**
 * The verb of attaining after a count of things that opens its clause (2家乡镇卫生院达到推荐标准, 全县3所学校通过省级验收): with
 * only dates, lead words and a scope before the count and the attaining verb right after the counted noun, the plan sets how
 * many are to attain it (grammar attainVerbs); in a review (`review`) only a part after 其中 whose noun is left out. Undefined
 * otherwise.
 */
export function attainedByCount(text: string, r: Reading, e: number, dates: DateHit[], g: IndicatorGrammar, review: boolean): { word: string; start: number; end: number } | undefined {
  const { q, pred } = r;
  if (q.unit.kind !== 'count' || q.unit.amount || q.hanzi || !nounFollows(text, r.end)) return undefined;
  const lead = trimLead(text, r.clause, pred.start, dates, g);
  if (lead + (g.scope.exec(text.slice(lead, pred.start))?.[0].length ?? 0) + existentialBefore(text, lead, pred.start, g) !== pred.start) return undefined;
  // 全县乡镇卫生院全部达到基本标准，其中4家达到推荐标准: after 其中 (grammar partWords) or a partitive frame (全县16家乡镇卫生院中，)
  // the counted noun is left out, the whole's of the clause before, and the verb of attaining follows the unit: how many of the
  // whole are to attain the grade.
  const elided = partOfWhole(text, r.clause, pred.start, g) && g.notAttainWords.startingAt(text, r.end) === undefined ? g.attainVerbs.startingAt(text, r.end) : undefined;
  if (elided && attainersBefore(text, r.clause, g) !== undefined) return { word: elided, start: r.end, end: r.end + elided.length };
  // In a review a count of things named after it is a level reached whatever its verb; only the part left unnamed needs the act.
  if (review) return undefined;
  const hit = attainingVerb(text, r.end, clauseEnd(text, r.end, e), g);
  if (!hit || hit.index - r.end > MAX_ATTAINER || !ATTAINER_WORDS.test(text.slice(r.end, hit.index))) return undefined;
  // 5家医院已通过评审, 3家医院全面达到…: an adverb before the verb states a fact or a manner; 6家中心全部达到推荐标准: a
  // distributor makes the count the size of the set the predicate is spread over.
  if (g.adverbs.endingAt(text, hit.index) !== undefined || g.distributors.indexIn(text, r.end, hit.index) !== undefined) return undefined;
  return { word: hit.word, start: hit.index, end: hit.index + hit.word.length };
}

/**
 * The institutions the clause right before has attain a grade (乡镇卫生院全部达到基本标准, 全县7个乡镇卫生院均达到…, 乡镇卫生院达到
 * 基本标准的比例为…): its noun before the first verb of attaining, after any count and scope before it and without a distributor
 * or adverb after it, when it ends in an institution's head (grammar institutionHeads); or the institutions it names as the
 * whole of a partitive frame (全县16家乡镇卫生院中，…). Undefined otherwise.
 */
export function attainersBefore(text: string, clause: number, g: IndicatorGrammar): string | undefined {
  const prev = clauseBefore(text, 0, clause);
  if (prev === undefined) return undefined;
  const whole = partitiveWholeIn(prev, g);
  if (whole !== undefined) return institutionsNamed(whole, g);
  let hit = g.attainVerbs.indexIn(prev, 0, prev.length);
  while (hit && g.notAttainWords.startingAt(prev, hit.index) !== undefined) hit = g.attainVerbs.indexIn(prev, hit.index + 1, prev.length);
  if (!hit) return undefined;
  let subject = prev.slice(0, hit.index).replace(/\s+/gu, '');
  for (let w = g.distributors.endingAt(subject, subject.length) ?? g.adverbs.endingAt(subject, subject.length); w; w = g.distributors.endingAt(subject, subject.length) ?? g.adverbs.endingAt(subject, subject.length)) subject = subject.slice(0, -w.length);
  return institutionsNamed(subject, g);
}

/**
 * Whether a count at `at` is a part of a whole named before it: after 其中 in its clause (grammar partWords), or in the clause
 * right after a partitive frame (全县16家乡镇卫生院中，4家达到推荐标准: grammar partitiveEnds), which names the whole as 其中's
 * clause before does.
 */
export function partOfWhole(text: string, clause: number, at: number, g: IndicatorGrammar): boolean {
  if (g.partWords.indexIn(text, clause, at) !== undefined) return true;
  const prev = clauseBefore(text, 0, clause);
  return prev !== undefined && partitiveWholeIn(prev, g) !== undefined;
}

/** The whole a partitive frame names when it makes up the clause (在全县16家乡镇卫生院中 → 全县16家乡镇卫生院), without its closer. */
function partitiveWholeIn(clause: string, g: IndicatorGrammar): string | undefined {
  const frame = clause.replace(/\s+/gu, '');
  const closer = g.partitiveEnds.endingAt(frame, frame.length);
  if (closer === undefined || g.notPartitive.endingAt(frame, frame.length) !== undefined) return undefined;
  return frame.slice(frame.startsWith(WHOLE_FRAME_OPENER) ? WHOLE_FRAME_OPENER.length : 0, frame.length - closer.length);
}

/** The preposition that may open a partitive frame (在全市12个社区卫生服务中心中). */
const WHOLE_FRAME_OPENER = '在';

/**
 * The institutions a subject names (全县7个乡镇卫生院 → 乡镇卫生院): past any count and scope before the noun, when the noun ends
 * in an institution's head (grammar institutionHeads) and holds no number or stop of its own.
 */
function institutionsNamed(subject: string, g: IndicatorGrammar): string | undefined {
  subject = subject.replace(COUNT_BEFORE_NOUN, '');
  subject = subject.slice(g.scope.exec(subject)?.[0].length ?? 0);
  // A bracket after the noun names what else is counted with it (乡镇卫生院（社区卫生服务中心）): the head is the noun's.
  const head = subject.replace(TRAILING_BRACKET, '');
  return head.length >= 2 && g.institutionHeads.endingAt(head, head.length) !== undefined && !/[0-9０-９，,：:]/u.test(subject) ? metricName(subject, g) : undefined;
}
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/u;
/** Everything up to a count and its unit that opens a noun (全县7个乡镇卫生院 → 乡镇卫生院). */
const COUNT_BEFORE_NOUN = /^[^0-9０-９]*[0-9０-９]+[个家所座]/u;

/**
 * How long the existential right before a count is (全县有5所乡镇卫生院达到推荐标准, 累计有7所…, 已有9个…): 有 or 另有 (grammar
 * shareExistentials), after a sum word or an adverb at most (累计有, 共有, 已有). It says how many there are that attain what follows,
 * the count of a plan's target or, after an actual cue, of a level reached; 0 when none stands there.
 */
function existentialBefore(text: string, from: number, at: number, g: IndicatorGrammar): number {
  const ex = g.shareExistentials.endingAt(text, at);
  if (ex === undefined || at - ex.length < from) return 0;
  const before = at - ex.length;
  const word = g.totalWords.endingAt(text, before) ?? g.adverbs.endingAt(text, before);
  return word !== undefined && before - word.length >= from ? ex.length + word.length : ex.length;
}

/**
 * The first verb of attaining (grammar attainVerbs) in text[from + 2, to), a noun of two characters or more before it: not one
 * inside a word that attains nothing (建成区), and 通过 only before an assessment that closes the clause at `to` (通过省级验收).
 * Failing one, a verb of obtaining (grammar qualifyVerbs) before a qualification that closes the clause (取得大专学历).
 */
export function attainingVerb(text: string, from: number, to: number, g: IndicatorGrammar): { index: number; word: string } | undefined {
  let end = to;
  while (end > from && WHITE_SPACE[text.charCodeAt(end - 1)] === 1) end--;
  for (let hit = g.attainVerbs.indexIn(text, from + 2, to); hit; hit = g.attainVerbs.indexIn(text, hit.index + 1, to)) {
    if (g.notAttainWords.startingAt(text, hit.index) !== undefined) continue;
    if (hit.word === '通过' && g.assessmentWords.endingAt(text, end) === undefined) continue;
    return hit;
  }
  return g.qualificationWords.endingAt(text, end) !== undefined ? g.qualifyVerbs.indexIn(text, from + 2, end) : undefined;
}

/** Whether a verb read after a count attains (grammar attainVerbs), or obtains the qualification attainingVerb found (取得大专学历). */
export const attains = (word: string, g: IndicatorGrammar): boolean => g.attainVerbs.has(word) || g.qualifyVerbs.has(word);

/** How long the noun of the things counted before a verb of attaining may be (县级公立综合医院, 乡镇卫生院). */
const MAX_ATTAINER = 16;
