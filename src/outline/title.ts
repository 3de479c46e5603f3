// A section's title: the text after its marker up to the first sentence stop, with run-on
// headings cut where the body starts.
import type { OutlineGrammar } from '../grammar/outline.js';
import { droppedBefore, offsetAt, type CleanText } from '../text/clean.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { periodEndsSentence } from '../text/ends.js';
import { gapBefore } from './candidates.js';
import { HAN } from '../text/han.js';

const LEADING = /[:：,，、.．]/u;

/**
 * Where a run-on heading ends inside `title`, or -1. Looks for a clause-opening word (加强, 持续…)
 * right after a heading-final word (工作, 建设…), in the first clause only unless `allClauses`
 * (inline items, whose titles are whole sentences).
 */
/** CLAUSE_BREAK by UTF-16 code unit. */
const isClauseBreak = (c: number): boolean => c === 0x2c || c === 0xff0c;

/** The clause-opening words by their first code unit (in the grammar's order), and a table of
 *  those first units (every character of a title is looked up), per grammar. */
interface ClauseStarts {
  firsts: Uint8Array;
  byFirst: Map<number, string[]>;
  /** The code units of `notBefore`. */
  notBefore: Set<number>;
  /** The last code units of the heading-final words: only after one is a clause opener tried. */
  headingLasts: Uint8Array;
}

const clauseStartIndexes = new WeakMap<OutlineGrammar, ClauseStarts>();

function clauseStartIndex(grammar: OutlineGrammar): ClauseStarts {
  let index = clauseStartIndexes.get(grammar);
  if (!index) {
    const notBefore = grammar.runon.notBefore;
    index = { firsts: new Uint8Array(0x10000), byFirst: new Map(), notBefore: new Set(Array.from({ length: notBefore.length }, (_, k) => notBefore.charCodeAt(k))), headingLasts: new Uint8Array(0x10000) };
    for (const w of grammar.runon.headingEnds) index.headingLasts[w.charCodeAt(w.length - 1)] = 1;
    for (const w of grammar.runon.clauseStarts) {
      const first = w.charCodeAt(0);
      index.firsts[first] = 1;
      index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), w]);
    }
    clauseStartIndexes.set(grammar, index);
  }
  return index;
}

/** The length of a clause opener (grammar runon.clauseOpeners: 以…为, 在…, a year …) at title[p], or 0. */
function openerAt(title: string, p: number, grammar: OutlineGrammar): number {
  const openers = grammar.clauseOpeners;
  if (!openers) return 0;
  openers.lastIndex = p;
  const m = openers.exec(title);
  return m ? m[0].length : 0;
}

/** The first of `words` written at title[p], or undefined (a loop: this runs for many characters of every title). */
function wordAt(title: string, p: number, words: readonly string[]): string | undefined {
  for (const w of words) if (title.startsWith(w, p)) return w;
  return undefined;
}

/** How far after a subject noun its duty word may stand (重点行业|企业|要). */
const DUTY_REACH = 2;

/** Whether a duty word (grammar runon.dutyWords: 要, 应, 负责) follows title[at] within DUTY_REACH characters. */
function dutyFollows(title: string, at: number, grammar: OutlineGrammar): boolean {
  for (let k = at; k <= at + DUTY_REACH && k < title.length; k++) if (wordAt(title, k, grammar.runon.dutyWords) !== undefined) return true;
  return false;
}

/** Whether title[0, p) ends with one of `words`. */
function endsWithAny(title: string, p: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length <= p && title.startsWith(w, p - w.length)) return true;
  return false;
}

export function runOnCut(title: string, grammar: OutlineGrammar, allClauses: boolean): number {
  const { minTitle, headingEnds, minClause } = grammar.runon;
  const starts = clauseStartIndex(grammar);
  let clauseStart = 0;
  let adverbialOpen = false;
  for (let p = 0; p < title.length; p++) {
    const code = title.charCodeAt(p);
    if (isClauseBreak(code)) {
      if (!allClauses) return -1;
      clauseStart = p + 1;
      continue;
    }
    if (p === clauseStart) adverbialOpen = wordAt(title, p, grammar.runon.adverbialLeads) !== undefined;
    if (p - clauseStart < minTitle) continue;
    const word = starts.firsts[code] === 1 ? wordAt(title, p, starts.byFirst.get(code) as string[]) : undefined;
    // A clause opener is tried after a heading-final word, and in a heading's first words (where
    // the clause must take up the heading's object, below).
    const tryOpener = starts.headingLasts[title.charCodeAt(p - 1)] === 1 || (!allClauses && p - clauseStart <= MAX_GAP_TITLE);
    const length = word?.length ?? (tryOpener ? openerAt(title, p, grammar) : 0);
    if (length === 0) continue;
    const after = p + length;
    // Nothing after the word, or a character that makes it a noun (规范化), or a noun it begins (重点人群).
    if (after >= title.length || starts.notBefore.has(title.charCodeAt(after))) continue;
    // …unless a duty follows that noun: then it is the subject of the body's first sentence (重点行业企业要…).
    const noun = word !== undefined ? wordAt(title, p, grammar.runon.nounStarts) : undefined;
    if (noun !== undefined && !dutyFollows(title, p + noun.length, grammar)) continue;
    let clauseEnd = after;
    while (clauseEnd < title.length && !isClauseBreak(title.charCodeAt(clauseEnd))) clauseEnd++;
    // (An opener pattern may be an adverbial set off by a comma: “十四五”时期，…; its sentence goes on.)
    if ((word !== undefined ? clauseEnd : title.length) - after < minClause) continue;
    // title.slice(0, p) ends with a heading-final word (not one that closes an adverbial: 按照统一要求|推进)…
    if (endsWithAny(title, p, headingEnds)) {
      if (!adverbialOpen) return p;
      adverbialOpen = false;
      continue;
    }
    // …or is a verb-object heading whose object the clause takes up again (headings only: an
    // inline item's title is its whole sentence, commas left out or not).
    if (!allClauses && !grammar.runon.joiners.includes(title[p - 1] as string) && takesUp(title, clauseStart, p, after, clauseEnd, starts)) return p;
  }
  return -1;
}


/**
 * Whether the clause title[after, clauseEnd) takes up a word of the heading title[from, p) that
 * opens with a clause-opening verb (加强新冠病毒疫苗接种 | 持续推进适龄人群新冠病毒疫苗接种工作,
 * 强化信访事项办理 | 继续压实卫生健康信访工作责任制): a heading names what its paragraph then
 * elaborates, so two verb-led clauses run together that share a noun are a heading and its body.
 * A shared word is two Chinese characters, none of them part of the heading's opening verb.
 */
function takesUp(title: string, from: number, p: number, after: number, clauseEnd: number, starts: ClauseStarts): boolean {
  // A heading is short, and its body takes its word up at once: both looked at within bounds, so
  // that a long text with no stop in it costs no more than a short one.
  if (p - from > MAX_GAP_TITLE) return false;
  const verb = starts.firsts[title.charCodeAt(from)] === 1 ? wordAt(title, from, starts.byFirst.get(title.charCodeAt(from)) as string[]) : undefined;
  if (verb === undefined) return false;
  const body = title.slice(after, Math.min(clauseEnd, after + 2 * MAX_GAP_TITLE));
  for (let i = from + verb.length; i + 2 <= p; i++) {
    const word = title.slice(i, i + 2);
    if (HAN.test(word[0] as string) && HAN.test(word[1] as string) && body.includes(word)) return true;
  }
  return false;
}

/**
 * Where a heading run into its body ends by the heading's own form, or -1 (checked before the
 * word-pair rule of runOnCut, also on a title with no stop after it):
 * - a body that opens by repeating its heading (（一）加强组织领导加强组织领导，…): drafters restate
 *   the heading as the first words of the paragraph, so a title whose first 4–30 characters come
 *   again right after them is that heading;
 * - a standard section heading (grammars/outline.yaml runon.sectionHeadings: 指导思想, 工作目标 …)
 *   followed by a sentence (一、工作目标到2025年底，…), not by a joiner or a short tail, nor on a
 *   `wholeLine` (the paragraph ends with no stop or comma after the title: it is all heading).
 */
function headingRunOn(title: string, grammar: OutlineGrammar, wholeLine: boolean): number {
  const { minTitle, sectionHeadings, minHeadingTail, joiners, notBefore } = grammar.runon;
  for (let p = minTitle; p <= MAX_GAP_TITLE && 2 * p <= title.length; p++) {
    if (title.startsWith(title.slice(0, p), p)) return p;
  }
  // A heading line with no stop and no comma is no sentence run on (二、重点工作任务（共5方面20项）).
  if (wholeLine) return -1;
  let best = 0;
  for (const h of sectionHeadings) if (h.length > best && title.startsWith(h)) best = h.length;
  // A bracketed part of the tail (组织实施阶段（2026年3月—11月）, 工作目标（试行）) qualifies the heading: it is no sentence text.
  if (best === 0 || title.slice(best).replace(BRACKETED, '').length < minHeadingTail) return -1;
  const next = title[best] as string;
  return joiners.includes(next) || notBefore.includes(next) || isClauseBreak(title.charCodeAt(best)) ? -1 : best;
}

/** A bracketed remark: a period, a scope or a status qualifying a heading (（2026年3月—11月）, （试行）). */
const BRACKETED = /[(（][^()（）]{0,30}[)）]/gu;

/** A heading's last words after a clause opener are at most this long (巩固提升行动). */
const MAX_HEADING_TAIL = 8;

/**
 * Whether the text a run-on cut would leave as body is the end of the heading itself: short, no
 * comma, ending in a heading-final word (碳汇能力巩固提升行动, 服务能力提升工程): a body run onto a
 * heading is a sentence, which does not end on such a word before its 。.
 */
function headingTail(rest: string, grammar: OutlineGrammar): boolean {
  return rest.length <= MAX_HEADING_TAIL && !/[，,、]/u.test(rest) && endsWithAny(rest, rest.length, grammar.runon.headingEnds);
}

/** A heading whose line break was lost is at most this long; a longer text runs on over a gap. */
const MAX_GAP_TITLE = 30;
/** Punctuation before or after a gap that shows the sentence going on over a wrapped line. */
const OPENS = /[，,、“‘"(（《〈—\-:：;；]/u;
const CLOSES = /[，,、。．.；;：:！!？?)）”’"》〉]/u;

/** Fewest gaps that tell how a body run together spaced its words. */
const MIN_STRAY_GAPS = 20;
/** Punctuation after which a line break left a gap in a body whose lines were joined with spaces. */
const LINE_END_BEFORE = new Set([...'。！？；：!?;:']);
const strayGapsCache = new WeakMap<CleanText, boolean>();

/**
 * Whether the gaps of a body run together are a PDF's stray spaces (作为加强 党的建设, 2020 年) rather than its lost
 * line breaks: most paragraphs end a sentence, so where lines were joined with spaces most gaps follow a stop; where
 * fewer than a quarter of many gaps do, they stand inside sentences and end no heading.
 */
function strayGaps(clean: CleanText): boolean {
  let stray = strayGapsCache.get(clean);
  if (stray === undefined) {
    stray = false;
    const { runs, text } = clean;
    if (typeof runs !== 'number') {
      const seams = new Set(clean.seams ?? []);
      let gaps = 0;
      let afterStop = 0;
      for (let k = 2; k < runs.length; k += 2) {
        const i = runs[k] as number;
        if (i <= 0 || i >= text.length || seams.has(i)) continue;
        gaps++;
        if (LINE_END_BEFORE.has(text[i - 1] as string)) afterStop++;
      }
      stray = gaps >= MIN_STRAY_GAPS && afterStop * 4 < gaps;
    }
    strayGapsCache.set(clean, stray);
  }
  return stray;
}

/** Whether a line break of a heading was lost before `end` (white space dropped between words). */
function lostLineBreak(clean: CleanText, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_GAP_TITLE || !gapBefore(clean, end) || strayGaps(clean)) return false;
  // A letter-spaced heading (总　则, 附　则) has a gap between every two characters: no line ends there.
  if (gapBefore(clean, end - 1) || gapBefore(clean, end + 1)) return false;
  return !OPENS.test(clean.text[end - 1] as string) && !CLOSES.test(clean.text[end] as string);
}

/**
 * Whether a wide gap was dropped before text index `end` of a heading's title: an ideographic
 * space or a tab on the same line. Word and web layouts set a heading off that way from the body
 * run onto its line when no 。 closes it (`（一）加强组织领导　成立…`); a PDF's stray spaces inside
 * words are plain spaces, and a line break is lostLineBreak's case.
 */
function wideGap(clean: CleanText, source: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > MAX_GAP_TITLE || !droppedBefore(clean, end)) return false;
  let wide = false;
  for (let p = offsetAt(clean, end - 1) + 1, to = offsetAt(clean, end); p < to; p++) {
    const c = source.charCodeAt(p);
    if (c === 10 || c === 13) return false;
    if (c === 0x3000 || c === 9) wide = true;
  }
  // A letter-spaced heading (保　障　措　施) has a gap after every character: no body follows.
  const letterSpaced = droppedBefore(clean, end + 1) || droppedBefore(clean, end - 1);
  return wide && !letterSpaced && !OPENS.test(clean.text[end - 1] as string) && !CLOSES.test(clean.text[end] as string);
}

/** The length of a phrase a heading of two parallel phrases holds on each side of its gap. */
const PHRASE = { min: 4, max: 12, skew: 4 };
/** Quotation marks (and book-title marks): a name in quotes (“15分钟就业服务圈”) is a word of a phrase, its marks not counted in its length. */
const QUOTE_MARKS = '“”‘’「」『』《》"';
const QUOTES = new RegExp(`[${QUOTE_MARKS}]`, 'gu');
/** Any punctuation but quotation marks: a phrase of a heading holds none. */
const PUNCTUATION = new RegExp(`(?![${QUOTE_MARKS}])[\\p{P}]`, 'u');
/** A four-character phrase (a 四字格 slogan: 稳岗扩容, 优化服务) that leads a heading. */
const SLOGAN = 4;

/**
 * Whether the text on either side of a wide gap at `end` are the two parallel phrases of one heading
 * (第二篇　坚持创新驱动　建设现代产业体系, （一）坚持党的领导　凝聚发展合力): part and chapter titles
 * of 规划纲要 and many section headings are set so. The second phrase ends the paragraph, holds no
 * punctuation (quotation marks aside) and is about as long as the first, or any length up to the
 * longest phrase after a four-character slogan (01 稳岗扩容　促进高质量充分就业, as 公众号 and portal
 * headings pair them); a body run onto the line is a sentence, closed by 。 or longer.
 */
function parallelPhrases(text: string, start: number, end: number, limit: number): boolean {
  let to = limit;
  while (to > end && WHITE_SPACE[text.charCodeAt(to - 1)] === 1) to--;
  const first = text.slice(start, end).replace(QUOTES, '').length;
  const second = text.slice(end, to).replace(QUOTES, '').length;
  if (first < PHRASE.min || first > PHRASE.max || second < PHRASE.min || second > PHRASE.max) return false;
  // A four-character slogan leads a longer second phrase as often as one of its own length (稳岗扩容　促进高质量充分就业).
  if (Math.abs(first - second) > PHRASE.skew && first !== SLOGAN) return false;
  return !PUNCTUATION.test(text.slice(start, to));
}

/** Whether text[start, end) is an ordinal label (第一件, 第三项) that a wide gap sets off from the heading's name. */
function ordinalLabelBefore(text: string, start: number, end: number, grammar: OutlineGrammar): boolean {
  return grammar.ordinalLabel !== undefined && grammar.ordinalLabel.test(text.slice(start, end));
}

/** The title stops (single characters) as a table by UTF-16 code unit, per grammar: every
 *  character of a title is looked up. */
const titleStopCodes = new WeakMap<OutlineGrammar, Uint8Array>();

/**
 * How a title is read: a `heading` may run on into its body (cut where the body starts); an
 * `inline` item's title is a whole sentence, cut at a run-on in any clause; a `sentence` title (an
 * article, 第X条, whose text is its own first sentence) is never cut.
 */
export type TitleKind = 'heading' | 'inline' | 'sentence';

/**
 * Title from text[start, limit): up to the first stop character, run-ons cut, trailing commas
 * dropped. With `gaps` (the cleaned text of a body run together on one line), a gap where white
 * space was dropped also ends the title: there the heading's line break was lost. With `spaced`
 * (the cleaned text of a heading line and its source), a wide gap on the line ends it (wideGap).
 */
export function extractTitle(
  text: string,
  start: number,
  limit: number,
  grammar: OutlineGrammar,
  kind: TitleKind,
  gaps?: CleanText,
  spaced?: { clean: CleanText; source: string },
  runTogether = false,
): string {
  // A separator written after the marker (一是：…, 一、，…) is not part of the title.
  while (start < limit && LEADING.test(text[start] as string)) start++;
  let stops = titleStopCodes.get(grammar);
  if (!stops) {
    stops = new Uint8Array(0x10000);
    for (const c of grammar.titleStops) if (c.length === 1) stops[c.charCodeAt(0)] = 1;
    titleStopCodes.set(grammar, stops);
  }
  let end = start;
  while (
    end < limit &&
    (stops[text.charCodeAt(end)] !== 1 || numberColon(text, end)) &&
    !periodEndsSentence(text, end) &&
    !(gaps && lostLineBreak(gaps, start, end)) &&
    !(spaced && wideGap(spaced.clean, spaced.source, start, end) && !parallelPhrases(text, start, end, limit) && !ordinalLabelBefore(text, start, end, grammar))
  ) {
    end++;
  }
  let title = text.slice(start, end);
  const wholeLine = end >= limit && !/[，,]/u.test(title);
  const heading = kind === 'heading' ? headingRunOn(title, grammar, wholeLine) : -1;
  if (heading > 0) return withoutTrailing(title.slice(0, heading));
  // A sentence that goes on after the title candidate is where a run-on can hide, also when what
  // goes on is an item of its own (…管理全面推行…，一是…; …行动1.…); a heading alone on its
  // line is whole.
  if (kind !== 'sentence' && (end < text.length || kind === 'inline')) {
    const cut = runOnCut(title, grammar, kind === 'inline');
    if (cut > 0 && !(kind === 'heading' && headingTail(title.slice(cut), grammar))) return withoutTrailing(title.slice(0, cut));
  }
  // A heading of a body run together on one line, whose line break left no trace.
  if (runTogether && kind === 'heading') {
    const cut = runTogetherCut(title, grammar);
    if (cut > 0) title = title.slice(0, cut);
    else if (LABEL_COLON.test(text[end] ?? '')) title = title.slice(0, labelStart(title, grammar));
  }
  return withoutTrailing(title);
}

const BRACKET_OPEN = new Set([...'（(【[〔']);

const DIGIT = /[0-9０-９]/u;

/**
 * Whether the colon at `i` stands between two digits: a ratio (生师比达到19:1, 之比达到2.6:1) or a time of day (9:30),
 * part of a number, not the colon that ends a clause, so no title stops there.
 */
function numberColon(text: string, i: number): boolean {
  const c = text[i];
  return (c === ':' || c === '：') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
}

/** The first words of `text` that are one of `words`, or undefined. */
const leadingWord = (text: string, p: number, words: readonly string[]): string | undefined => wordAt(text, p, words);

/** A colon: what stands before it labels the text after it (主要目标：1.…). */
const LABEL_COLON = /[：:]/u;
/** A heading's words left before a label are at least this long, with no digit (儿童与健康 | 主要目标：). */
const MIN_LABELLED = 4;

/**
 * Where a standard label (runon.sectionHeadings: 主要目标, 策略措施 …) that ends a run-together heading's title before a
 * colon starts, or the title's length: on a page run together on one line, a heading set above a labelled list
 * (（一）儿童与健康 / 主要目标：1.…) runs into the label, which leads the list in, not the heading. Only when the words
 * before it are a heading of their own: no digit (2026年主要目标 is one heading), not ending in 的 or a joiner.
 */
function labelStart(title: string, grammar: OutlineGrammar): number {
  const { sectionHeadings, joiners } = grammar.runon;
  for (const h of sectionHeadings) {
    const p = title.length - h.length;
    if (p < MIN_LABELLED || !title.endsWith(h) || /[0-9０-９]/u.test(title.slice(0, p))) continue;
    const last = title[p - 1] as string;
    if (last !== '的' && !joiners.includes(last)) return p;
  }
  return title.length;
}

/** Whether a title opens with a heading verb or a clause-opening word (强化安全生产, 推进…), as a task heading does; a subject that
 *  opens a sentence (街道综合执法队伍开展…) does not. */
export function opensWithVerb(title: string, grammar: OutlineGrammar): boolean {
  const rt = grammar.runon.runTogether;
  return rt !== undefined && (leadingWord(title, 0, rt.headingVerbs) ?? leadingWord(title, 0, grammar.runon.clauseStarts)) !== undefined;
}

/** Whether title[0, p) reads as a heading (grammar runon.runTogether): no digit and no 、, and a noun phrase ending in a
 *  heading noun, or (`verbObject`) a verb-object phrase: heading verbs, then an object of two characters or more. */
function readsAsHeading(title: string, p: number, grammar: OutlineGrammar, verbObject: boolean): boolean {
  const rt = grammar.runon.runTogether;
  if (!rt) return false;
  const head = title.slice(0, p);
  if (/[0-9０-９、，,]/u.test(head)) return false;
  if (endsWithAny(title, p, grammar.runon.headingEnds) || endsWithAny(title, p, rt.headingNouns)) return true;
  if (!verbObject) return false;
  let q = 0;
  for (let verb = leadingWord(title, q, rt.headingVerbs) ?? leadingWord(title, q, grammar.runon.clauseStarts); verb !== undefined && q < p; ) {
    q += verb.length;
    verb = leadingWord(title, q, rt.headingVerbs) ?? leadingWord(title, q, grammar.runon.clauseStarts);
  }
  return q > 0 && p - q >= 2;
}

/** How a body opens at title[p] (grammar runon.runTogether, clauseStarts, clauseOpeners): the opening's length and
 *  whether it is a word (clauseStarts, bodyStarts) rather than a pattern; length 0 when none does. */
function bodyStartAt(title: string, p: number, grammar: OutlineGrammar): { length: number; word: boolean } {
  const none = { length: 0, word: false };
  const rt = grammar.runon.runTogether;
  if (!rt) return none;
  const word = wordAt(title, p, grammar.runon.clauseStarts) ?? wordAt(title, p, rt.bodyStarts);
  if (word !== undefined) {
    if (grammar.runon.notBefore.includes(title[p + word.length] as string)) return none;
    return { length: word.length, word: !rt.weakStarts.includes(word) };
  }
  const opener = openerAt(title, p, grammar);
  if (opener > 0) return { length: opener, word: false };
  const body = grammar.bodyOpeners;
  if (!body) return none;
  body.lastIndex = p;
  return { length: body.exec(title)?.[0].length ?? 0, word: false };
}

/**
 * Where a heading of a body run together on one line ends inside `title`, or -1: the first place within the heading's
 * reach (runon.runTogether.maxHeading) where a body opens (bodyStartAt) after words that read as a heading, and goes
 * on for a clause (三、宣传培训 | 全年举办免疫规划业务培训班2期, 第一节　构建对外快速通道 | 加快推进…).
 */
export function runTogetherCut(title: string, grammar: OutlineGrammar): number {
  const rt = grammar.runon.runTogether;
  if (!rt) return -1;
  const { minTitle, minClause } = grammar.runon;
  const reach = Math.min(rt.maxHeading, title.length - minClause);
  for (let p = minTitle; p <= reach; p++) {
    if (/[0-9０-９、，,]/u.test(title[p - 1] as string)) return -1;
    const body = bodyStartAt(title, p, grammar);
    // (a clause-opening word right after another opens the same clause: 严格 | 落实, 加快 | 推进)
    if (body.length === 0 || endsWithAny(title, p, grammar.runon.clauseStarts)) continue;
    // The body's first clause runs on past its opening (a heading such as 服务水平持续提升 ends on its verb).
    // (a bracketed remark is no clause: 扎实推进乡村全面振兴（4项）)
    let clauseEnd = p + body.length;
    while (clauseEnd < title.length && !isClauseBreak(title.charCodeAt(clauseEnd)) && !BRACKET_OPEN.has(title[clauseEnd] as string)) clauseEnd++;
    // (an opener pattern may be an adverbial set off by a comma: 截至2024年底，…; its sentence goes on)
    if ((body.word ? clauseEnd : title.length) - (p + body.length) < minClause) continue;
    // (nor is the end of the heading itself: 碳汇能力 | 巩固提升行动)
    if (readsAsHeading(title, p, grammar, body.word) && !headingTail(title.slice(p), grammar)) return p;
  }
  return -1;
}

/** The title without trailing white space, commas and dashes (/[\s,，、—―]+$/u), read backwards: a regex
 *  anchored at the end only would be tried at every position. A dash after a heading introduces its body
 *  (（三）推进农村改革——深化…): it ends no title. Nor do the closing marks of a heading set off whole
 *  (**一、总体要求**, 【一、总体要求】: grammars/outline.yaml `leader`): markdown bold's asterisks, and a 】
 *  that closes no 【 of the title's own. */
function withoutTrailing(title: string): string {
  let end = title.length;
  while (end > 0) {
    const c = title.charCodeAt(end - 1);
    if (c === 0x2a || (c === 0x3011 && !title.includes('【'))) {
      end--;
      continue;
    }
    if (WHITE_SPACE[c] !== 1 && c !== 0x2c && c !== 0xff0c && c !== 0x3001 && c !== 0x2014 && c !== 0x2015) break;
    end--;
  }
  return end === title.length ? title : title.slice(0, end);
}
