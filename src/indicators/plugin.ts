// unified transformer: the indicator stage. Reads every paragraph of the outline tree into
// plan.indicators, each with its exact source text, position and enclosing sections; reports
// lost values and implausible units as diagnostics.
import type { VFile } from 'vfile';
import { planContext } from '../dates/plan-years.js';
import { report } from '../diagnostics.js';
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { PeriodGrammar } from '../grammar/periods.js';
import type { Indicator, PlanChild } from '../schema.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanTree } from '../tree.js';
import { extractFromText, leadInYear, type Found, type PlanYears } from './extract.js';
import { CLAUSE_STOPS } from './metric.js';
import { cleanSlice, sourceOffset, type CleanText } from '../text/clean.js';
import { findTables } from '../blocks/table.js';
import type { BlockKind, BlockRegion } from '../blocks/types.js';
import type { TableGrammar } from '../grammar/tables.js';
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { PlanFileData } from '../tree.js';
import type { DocumentYear } from '../meta/document-years.js';
import { tableIndicators, withoutRestated } from './table.js';
import { defaultGrammars } from '../grammar/grammars.js';
import { scanDates } from '../dates/scan.js';
import { isDigit } from '../numbers/index.js';
import { WHITE_SPACE } from '../text/breaks.js';

/** A paragraph's place: the markers of its sections, and whether one of them reviews a past period. */
interface Place {
  path: string[];
  review: boolean;
  /** Under a review heading, a section on the situation ahead (面临的形势): see PlanYears.situation. */
  situation: boolean;
  /** The one year a review heading names (一、2024年工作回顾), the year its measured levels refer to. */
  reviewYear: number | null;
  /** Under a heading that forecasts (三、全年走势预判): see PlanYears.forecast. */
  forecast?: boolean;
  /** The year a list's lead-in paragraph before this one set (到2026年底，…达到以下要求：), see leadInYear. */
  leadYear: number | null;
  /** The marker and title of the section the paragraph is in (null for an inline item's). */
  heading: { marker: string; title: string } | null;
  /** The marker of the section the paragraph is in (一、, 1., 一是 …) and where the section starts: it opens the
   *  paragraph that starts there, and no metric. */
  marker: { text: string; at: number } | null;
}

/** What the walk needs to read a heading: the grammars, an annual plan's year and the year before it. */
interface HeadingContext {
  g: IndicatorGrammar;
  pg: PeriodGrammar;
  /** A 专栏 box's caption (grammars/blocks.yaml insetHeading). */
  insetHeading: RegExp;
  planYear: number | null;
  pastYear: number | null;
}

/**
 * The year the targets under a heading of an annual plan are set for when the heading names a later
 * period, span or deadline than the plan's year: the end of it. The report that opens a five-year
 * period sets the period's goals in a section of their own (二、“十五五”时期的主要目标和重点任务), whose
 * sentences name no year; they are not the plan year's targets. Null for any other heading, and for one
 * that names the plan year beside the period (…和2026年工作安排).
 */
function headingTargetYear(title: string, { g, pg, planYear }: HeadingContext): number | null {
  if (planYear === null) return yearItemHeading(title, pg, g);
  let year: number | null = null;
  for (const d of scanDates(title, pg)) {
    // A heading that names the plan's own year too (“十五五”时期主要目标和2026年工作安排) holds that year's work.
    if (d.kind === 'year' && d.year === planYear) return null;
    if (d.year !== null && (d.kind === 'period' || d.kind === 'range' || d.kind === 'deadline')) year = d.year;
  }
  return year !== null && year > planYear ? year : null;
}

/** How many characters a year-titled heading may hold beside its year (2027年主要任务, 2028年：). */
const YEAR_HEADING_REST = 4;

/**
 * The year a heading of a plan over several years is titled by (分年度目标：1.2027年。启动改造项目14个…; （二）2028年目标): the
 * targets under it are that year's, as the plan lays its span out year by year. Beside the year the heading may hold a short
 * noun phrase ending in one of grammar yearHeadingWords (2027年具体目标, 2028年重点工作), not a word of time right after the year
 * (grammar yearHeadingTimeWords: 2026年以后, 2028年底前); other headings are left to their sentences.
 */
function yearItemHeading(title: string, pg: PeriodGrammar, g: IndicatorGrammar): number | null {
  const dates = scanDates(title, pg);
  const only = dates.length === 1 ? dates[0] : undefined;
  if (only === undefined || only.kind !== 'year' || only.year === null) return null;
  if (g.yearHeadingTimeWords.startingAt(title, only.end) !== undefined) return null;
  const rest = (title.slice(0, only.start) + title.slice(only.end)).replace(/[\s:：。,，、]/gu, '');
  return rest === '' || (rest.length <= YEAR_HEADING_REST && g.yearHeadingWords.endingAt(rest, rest.length) !== undefined) ? only.year : null;
}

/**
 * The year a 专栏 box's caption dates its lines by: the last year of a span of years it names (专栏1　2026—2028年学位建设重点
 * 项目) or of its deadline (到2028年). A box lists what is built or reached over the span its caption names, as a lead-in's
 * span dates the list after it; a period's name (“十四五”重点工程) or one year (2026年民生实事) adds nothing the plan does not say.
 */
function captionYear(caption: string, pg: PeriodGrammar): number | null {
  const hit = scanDates(caption, pg).find((d) => d.year !== null && (d.kind === 'range' || d.kind === 'deadline'));
  return hit?.year ?? null;
}

/** Whether a child is a line of a 专栏 box (its caption included). */
function inBox(c: PlanChild | undefined): boolean {
  return c?.type === 'paragraph' && c.block === 'inset';
}

/**
 * Whether a heading names an annual plan's own year (二、2027年工作计划): its section holds that year's work, so a year set
 * before it by a lead-in (2026年，…。现将有关情况报告如下：, the preamble of a 总结和计划 that introduces the whole report) does
 * not reach into it. A lead-in's year governs the list it introduces; a heading that states its own year opens a new frame.
 */
function namesPlanYear(title: string, { pg, planYear }: HeadingContext): boolean {
  return planYear !== null && scanDates(title, pg).some((d) => d.kind === 'year' && d.year === planYear);
}

/**
 * The year a review heading names, read by the date scanner: exactly one single year (2024年工作回顾,
 * also in Chinese numerals 二〇二四年工作回顾; not 2016—2020年 or “十三五”), or the year before an
 * annual plan's for 过去一年工作回顾. The first report of a new five-year period reviews the last year
 * together with the period it closed (2025年和“十四五”时期工作回顾): a span that ends in the single year
 * leaves it that year.
 */
function headingYear(title: string, { g, pg, pastYear }: HeadingContext): number | null {
  const hits = scanDates(title, pg).filter((d) => d.year !== null);
  const first = hits.find((d) => d.from === d.year);
  if (first) return hits.every((d) => d.year === first.year) ? first.year : null;
  if (hits.length > 0) return null;
  return g.pastYearWords.indexIn(title) ? pastYear : null;
}

/** How long an unnumbered heading line may be (2025年成绩单, 2026年主要目标, 回顾2025年工作成效)… */
const MAX_HEADING_LINE = 20;
/** …and its paragraph in the source, markup included: a longer one is not cleaned to be tested. */
const MAX_HEADING_SOURCE = 4 * MAX_HEADING_LINE;
/** Punctuation that no heading line holds inside it: a clause stop (a colon only at its end) or 、. */
const HEADING_STOPS = new Set([...CLAUSE_STOPS, '、']);

/** Whether a paragraph is one short line opened by a bullet, as the items of a report card are (✅新增学位6480个). */
function oneItemLine(paragraph: string): boolean {
  const t = paragraph.trim();
  return t.length <= 2 * MAX_HEADING_LINE && !t.includes('\n') && ITEM_BULLET.test(t);
}

/** Whether a paragraph names a year other than `year` (the next heading line run into the card's items). */
function namesOtherYear(paragraph: string, year: number, pg: PeriodGrammar): boolean {
  return scanDates(paragraph, pg).some((d) => d.year !== null && d.year !== year);
}
/** A bullet that opens an item line: a symbol or an emoji (✅, ▪, •, ★), not a character of the text. */
const ITEM_BULLET = /^[\p{So}\p{Sm}•·▪▫◆◇●○■□★☆-]/u;

/** The text of a paragraph that is a heading line of its own, short and with no clause in it (📊2025年成绩单), if it is one. */
function headingLine(paragraph: string, pg: PeriodGrammar): string | undefined {
  const t = paragraph.trim().replace(/[：:]$/u, '');
  if (t.length === 0 || t.length > MAX_HEADING_LINE || t.includes('\n')) return undefined;
  for (const c of t) if (HEADING_STOPS.has(c)) return undefined;
  // Only its dates may hold figures; any other figure makes the line an item (✅新增学位6480个).
  let rest = '';
  let at = 0;
  for (const d of scanDates(t, pg)) {
    rest += t.slice(at, d.start);
    at = d.end;
  }
  return /[0-9０-９]/u.test(rest + t.slice(at)) ? undefined : t;
}

/**
 * The year an unnumbered heading line reviews: a review heading (grammar reviewHeadings: 成绩单, 工作回顾) that names one year
 * before an annual plan's, or any one year in a plan of several (2025年主要成就). Null for the plan's own year and for a line
 * that names two (2025年工作总结和2026年工作计划, a document's title).
 */
function lineReviewYear(line: string, ctx: HeadingContext): number | null {
  if (!reviewHeading(line, ctx.g) && ctx.g.yearReviewHeadings.indexIn(line) === undefined) return null;
  return pastHeadingYear(line, ctx);
}

/** The one year a heading names when it is before the plan's (any year in a plan of several), else null. */
function pastHeadingYear(title: string, ctx: HeadingContext): number | null {
  const year = headingYear(title, ctx);
  return year !== null && (ctx.planYear === null || year < ctx.planYear) ? year : null;
}

/** How far from a paragraph's end in the source the colon of a list's lead-in is looked for (markup may follow it). */
const LEAD_TAIL = 64;

/** A paragraph that closes a list or is none of it: it ends a sentence (——…覆盖率达到95%。), where items end in ；. */
const CLOSES_LIST = /[。！!？?]\s*$/u;

/** Whether a heading reviews a past period (一、“十四五”发展基础), not a task whose object a review word is (夯实经济发展基础). */
function reviewHeading(title: string, g: IndicatorGrammar): boolean {
  const hit = g.reviewHeadings.indexIn(title);
  if (!hit) return false;
  // Only a foundation (…基础) is built up by a task; a 总结 or a 完成情况 after such a verb still reports (巩固拓展…成果工作总结).
  if (!hit.word.endsWith(FOUNDATION)) return true;
  const before = title.slice(0, hit.index);
  const verb = lastIndexIn(before, g.reviewObjectVerbs);
  return !TASK_CLAUSE.test(before) && !(verb !== undefined && hit.index - verb <= MAX_OBJECT_GAP);
}

/** The review words a task verb may take as its object (发展基础, 工作基础). */
const FOUNDATION = '基础';
/** How far a task verb may stand before the foundation it builds (夯实|经济|发展基础). */
const MAX_OBJECT_GAP = 6;
/** A comma before a foundation word: the heading is a task title of two clauses (聚力产业升级，夯实经济发展基础). */
const TASK_CLAUSE = /[，,]/u;

/** Where the last word of `words` in `text` ends, if any. */
function lastIndexIn(text: string, words: IndicatorGrammar['reviewObjectVerbs']): number | undefined {
  let end: number | undefined;
  for (let hit = words.indexIn(text); hit; hit = words.indexIn(text, hit.index + hit.word.length)) end = hit.index + hit.word.length;
  return end;
}

/**
 * Visits the paragraphs under `children` in order. A paragraph that leads into a list (its year: `leadYear`)
 * hands that year to the siblings after it, numbered items and their paragraphs included, until the section
 * ends or a paragraph closed by 。 has been read (the list's last item).
 */
function eachParagraph(children: PlanChild[], place: Place, ctx: HeadingContext, visit: (start: number, end: number, place: Place) => void, leadYear: (start: number, end: number, place: Place, intoList: boolean) => number | null, text: (start: number, end: number) => string): void {
  let here = place;
  // The year an unnumbered review heading line just read names, for the paragraph after it.
  let lineYear: number | null = null;
  // The last year of the span a 专栏 box's caption names, for the box's lines (see captionYear).
  let boxYear: number | null = null;
  // The year the review section just before names (一、2026年工作总结), for a review section right after it that names none.
  let siblingReviewYear: number | null = null;
  // Whether `here.leadYear` is the deadline of a sentence that runs on into inline items (see runsIntoInlineItems): it governs those
  // items only, not the paragraphs after them.
  let inlineLead = false;
  for (const [i, child] of children.entries()) {
    if (inlineLead && !(child.type === 'section' && child.inline)) {
      here = { ...here, leadYear: place.leadYear };
      inlineLead = false;
    }
    if (!inBox(child)) boxYear = null;
    // A box opens after other text, or right after another box at its own caption (专栏1… | 专栏2…, grammars/blocks.yaml
    // insetHeading as the block stage reads it): each caption dates its own box.
    else if (!inBox(children[i - 1]) || ctx.insetHeading.test(text(child.position.start.offset, child.position.end.offset))) {
      boxYear = here.review ? null : captionYear(text(child.position.start.offset, child.position.end.offset), ctx.pg);
    }
    if (child.type === 'section') {
      lineYear = null;
      const reviews = reviewHeading(child.title, ctx.g) || (ctx.g.yearReviewHeadings.indexIn(child.title) !== undefined && pastHeadingYear(child.title, ctx) !== null);
      // A report's or a review's part on what is to be done next (六、审计建议, 四、下一步工作打算) sets targets again.
      const review = (here.review && ctx.g.forwardHeadings.indexIn(child.title) === undefined) || reviews;
      // A section on the situation ahead (面临的形势) under a review heading (规划背景) states no achievements.
      const situation = !reviews && here.review && (here.situation || ctx.g.situationHeadings.indexIn(child.title) !== undefined);
      // A review section that names no year right after one that does (一、2026年工作总结 / 二、存在的问题) goes on looking back on
      // that year: its problems and shortfalls are the levels the reviewed year ended at.
      const reviewYear: number | null = reviews ? (headingYear(child.title, ctx) ?? here.reviewYear ?? siblingReviewYear) : here.reviewYear;
      siblingReviewYear = reviews ? reviewYear : null;
      const headingLead = review ? null : headingTargetYear(child.title, ctx);
      const heading = child.inline ? null : { marker: child.marker, title: child.title };
      // A section that forecasts how the period will end (三、全年走势预判): its estimates are no targets (PlanYears.forecast).
      const forecast = here.forecast === true || ctx.g.forecastHeadings.indexIn(child.title) !== undefined;
      eachParagraph(child.children, { path: [...here.path, child.marker], review, situation, reviewYear, leadYear: headingLead ?? (namesPlanYear(child.title, ctx) ? null : here.leadYear), heading, marker: { text: child.marker, at: child.position.start.offset }, ...(forecast ? { forecast } : {}) }, ctx, visit, leadYear, text);
    } else if (child.type === 'paragraph') {
      const start = child.position.start.offset;
      const end = child.position.end.offset;
      // An unnumbered heading line (a 公众号 post's 📊2025年成绩单 over its paragraph) reviews the year it names in the paragraph
      // under it, as a numbered review heading does. One paragraph only: the next heading line (🎯2026年主要目标) may have run
      // into the lines after it (text from a PDF), and nothing else marks where the look back ends.
      // Items of a report card set one a line (✅新增学位6480个 / ✅完成校舍改造 / ✅毛入园率达到98.6%) go on under it, figures or
      // none; a paragraph of more, or a line that names another year (🎯2026年主要目标✅…, a heading run into its first item),
      // ends it.
      const para = end - start <= 2 * MAX_HEADING_SOURCE ? text(start, end) : undefined;
      const other = para !== undefined && lineYear !== null && namesOtherYear(para, lineYear, ctx.pg);
      const item = lineYear !== null && !other && para !== undefined && oneItemLine(para);
      const line = !item && end - start <= MAX_HEADING_SOURCE && para !== undefined ? headingLine(para, ctx.pg) : undefined;
      let at = boxYear !== null ? { ...here, leadYear: boxYear } : here;
      if (line !== undefined) lineYear = lineReviewYear(line, ctx);
      else if (lineYear !== null) {
        if (!other) at = { ...here, review: true, situation: false, reviewYear: lineYear };
        if (!item) lineYear = null;
      }
      visit(start, end, at);
      const next = nextContent(children, i + 1);
      const runOn = runsIntoInlineItems(start, end, next, text);
      const goals = opensGoals(place, children, i, next, ctx.g);
      const lead = leadYear(start, end, here, opensList(child, next, ctx.g, text) || goals || runOn);
      if (lead !== null) {
        here = { ...here, leadYear: lead };
        inlineLead = runOn || (goals && next?.type === 'section' && next.inline === true);
      }
      else if (here.leadYear !== place.leadYear && CLOSES_LIST.test(text(start, end)) && !listGoesOn(child, nextContent(children, i + 1), ctx.g, text)) here = { ...here, leadYear: place.leadYear };
    }
  }
}

/**
 * Whether a paragraph that is no list item itself is followed by an unnumbered list (到2029年，全市…基本形成。 then ——研发投入持续
 *增加。…): official writing states a plan's goals so, the deadline once in the sentence before the dashes, as before a colon.
 */
function opensList(para: PlanChild, next: PlanChild | undefined, g: IndicatorGrammar, text: (start: number, end: number) => string): boolean {
  return next?.type === 'paragraph' && !opensWithListMark(para, g, text) && opensWithListMark(next, g, text);
}

/**
 * Whether a paragraph of a goals section (一、工作目标, grammar goalHeadings) that comes before its first numbered item is followed by
 * one: official writing states the deadline once, in the sentence that opens the section (到2028年，全县…更加健全。), and sets the
 * goals under it as numbered items ((一)碘缺乏病防治目标。…达到95%以上), as it does before a dashed list. It sets them as inline
 * items of the same paragraph just as often (到2030年，…基本适应。一是队伍持续壮大。…达到5.8人。二是…): the closed sentence before
 * 一是 is the goals' lead, not a statement of its own, so its deadline is theirs (the lead then stops after the inline items).
 */
function opensGoals(place: Place, children: readonly PlanChild[], i: number, next: PlanChild | undefined, g: IndicatorGrammar): boolean {
  if (next?.type !== 'section') return false;
  if (place.heading === null || g.goalHeadings.indexIn(place.heading.title) === undefined) return false;
  for (let k = 0; k < i; k++) if (children[k]?.type === 'section') return false;
  return true;
}

/**
 * Whether a paragraph's last sentence runs on, unclosed, into inline items (到2028年，一是…；二是…；三是…。): official writing opens
 * such a run with its deadline and a comma and lets the 一是/二是 items complete the sentence, so the deadline is theirs as it is a
 * colon's list's. A paragraph closed by 。 or ； before its first item leads into nothing.
 */
function runsIntoInlineItems(start: number, end: number, next: PlanChild | undefined, text: (start: number, end: number) => string): boolean {
  return next?.type === 'section' && next.inline === true && RUNS_ON.test(text(start, end));
}
/** The end of a paragraph whose sentence goes on: a comma, or a date with no mark (到2028年一是…). */
const RUNS_ON = /(?:[，,]|[年底末])\s*$/u;

/** Whether a paragraph opens with a list item mark (grammar listItemMarks: ——, ●, ▪ …). */
function opensWithListMark(c: PlanChild, g: IndicatorGrammar, text: (start: number, end: number) => string): boolean {
  const t = text(c.position.start.offset, c.position.end.offset);
  return g.listItemMarks.startingAt(t, skipSpace(t, 0)) !== undefined;
}

/** The first sibling from `from` on that is no page furniture, if any (scanned in place: no copy of the siblings per item). */
function nextContent(children: readonly PlanChild[], from: number): PlanChild | undefined {
  for (let k = from; k < children.length; k++) if (children[k]?.type !== 'boilerplate') return children[k];
  return undefined;
}

/**
 * Whether an item closed by 。 of an unnumbered list (——服务能力持续增强。每千人口…达到1.05张。) is followed by another item
 * of the list: both paragraphs open with a list item mark (grammar listItemMarks), so the list's lead-in still governs.
 * Page furniture between them (a page number and running header of a PDF) does not part them.
 */
function listGoesOn(item: PlanChild, next: PlanChild | undefined, g: IndicatorGrammar, text: (start: number, end: number) => string): boolean {
  return next?.type === 'paragraph' && opensWithListMark(item, g, text) && opensWithListMark(next, g, text);
}

/** Where a section's marker that opens a paragraph's clean text ends in it, if it opens it. */
function markerEnd(text: string, marker: string): number | undefined {
  const i = skipSpace(text, 0);
  return text.startsWith(marker, i) ? i + marker.length : undefined;
}

/** Punctuation that may stand between a heading's title and its body when the two share a line (white space too). */
const TITLE_STOP = new Set([...'。．.，,；;：:！!？?']);
const HAS_DIGIT = /[0-9０-９]/u;

/** The index of the first character at or after `i` that is not white space. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  return i;
}

/**
 * The source offset where a paragraph's run-in heading ends, when the paragraph opens with its
 * section's marker and title and the body follows with nothing between (一、总体目标到2027年，…: a
 * page that lost its line breaks); undefined otherwise.
 */
function runInTitleEnd(clean: CleanText, heading: { marker: string; title: string }, end: number): number | undefined {
  const { text } = clean;
  let i = skipSpace(text, 0);
  if (!text.startsWith(heading.marker, i)) return undefined;
  i = skipSpace(text, i + heading.marker.length);
  if (heading.title === '' || !text.startsWith(heading.title, i)) return undefined;
  i += heading.title.length;
  const next = text[i];
  // A title with a number in it or cut right before one (打造2个设施设备 | 齐全…的体检中心, 完成扶贫一线干部共 |
  // 240人的体检工作) is the outline's guess at where a run-in title ends, not a sentence's end: the number
  // and its metric may lie on both sides.
  if (next === undefined || WHITE_SPACE[text.charCodeAt(i)] === 1 || TITLE_STOP.has(next) || isDigit(next) || HAS_DIGIT.test(heading.title)) return undefined;
  return sourceOffset(clean, i, end);
}

/** The indicator stage's grammars. */
export interface IndicatorGrammars {
  indicators: IndicatorGrammar;
  periods: PeriodGrammar;
  tables: TableGrammar;
  blocks: BlocksGrammar;
}

/**
 * Block classes whose numbers set no targets, so the sentence reader skips them: notes under a table
 * (注：1.〔〕内为累计数) define its terms, a form's answer options (①30分钟以内) and a glossary's entries
 * describe, a table of contents, an attachment list, a signature and a document title only name.
 */
const SETS_NO_TARGETS: ReadonlySet<BlockKind> = new Set<BlockKind>(['table-note', 'form', 'glossary', 'toc', 'attachment-list', 'signature', 'title']);

export interface IndicatorOptions {
  grammars: IndicatorGrammars;
  file?: VFile;
}

/**
 * For each paragraph [start, end), the paragraph minus the regions of tables and of the classes
 * that set no targets (`tables`, sorted by start): the stretches the sentence reader may read. Paragraphs come in
 * document order, so regions that end before one are passed for good: the walk stays linear.
 */
function outsideTables(tables: readonly BlockRegion[]): (start: number, end: number) => Array<[number, number]> {
  let first = 0;
  let lastStart = 0;
  return (start, end) => {
    if (start < lastStart) first = 0;
    lastStart = start;
    while (first < tables.length && (tables[first] as BlockRegion).end <= start) first++;
    const out: Array<[number, number]> = [];
    let from = start;
    for (let k = first; k < tables.length; k++) {
      const t = tables[k] as BlockRegion;
      if (t.start >= end) break;
      if (t.end <= from) continue;
      if (t.start > from) out.push([from, t.start]);
      from = Math.max(from, t.end);
    }
    if (from < end) out.push([from, end]);
    return out;
  };
}

export function findIndicators(tree: PlanTree, view: TextView, options: IndicatorOptions): Indicator[] {
  const { indicators: g, periods: pg, tables: tg, blocks } = options.grammars;
  const plan: PlanYears = planContext(tree);
  const layout = (options.file?.data as PlanFileData | undefined)?.layout;
  const tables = layout?.tables ?? findTables(view.source, tg, undefined, view.transparent);
  // Table cells are read row × column (src/indicators/table.ts), not as sentences.
  const cells = tableIndicators(view.source, tables, plan, { indicators: g, periods: pg, tables: tg });
  // The date stage's hits for a leaf, when they were read with the same grammar and plan year.
  const planYear = plan.annual && plan.years ? plan.years[0] : null;
  const leafDates = (options.file?.data as PlanFileData | undefined)?.leafDates;
  const known = leafDates && leafDates.grammar === pg && leafDates.planYear === planYear ? leafDates : undefined;
  const readable = outsideTables([...tables, ...(layout?.regions.filter((r) => SETS_NO_TARGETS.has(r.kind)) ?? [])].sort((x, y) => x.start - y.start));
  // The plan as read in a review section (per year its heading names) and elsewhere, and under a list's lead-in
  // (per year it sets), made once rather than per paragraph.
  const plans = new Map<string, PlanYears>();
  // The year of the document a paragraph is in, when the file's plan names none (the metadata stage's documentYears): set by
  // the walk below.
  let docYear: number | null = null;
  const planAt = ({ review, situation, reviewYear, leadYear, forecast }: Place): PlanYears => {
    const key = `${review ? reviewYear : 'plan'}|${situation}|${leadYear}|${docYear}|${forecast === true}`;
    let p = plans.get(key);
    const base: PlanYears = docYear === null ? plan : { ...plan, years: [docYear, docYear], annual: true };
    const f = forecast === true ? { forecast: true } : {};
    if (!p) plans.set(key, (p = review ? { ...base, review: true, situation, reviewYear, leadYear, ...f } : { ...base, review: false, leadYear, ...f }));
    return p;
  };
  const cleanText = (start: number, end: number): string => (view.markdown ? cleanSlice(view.source, start, end) : view.clean(start, end)).text;
  const docTitles = plan.years === null ? ((options.file?.data as PlanFileData | undefined)?.documentYears ?? []) : [];
  let ti = 0;
  let ci = 0;
  const out: Indicator[] = [];
  const ctx = { g, pg, insetHeading: blocks.insetHeading, planYear, pastYear: planYear === null ? null : planYear - 1 };
  // Only a paragraph whose source ends near a colon can lead into a list (markup such as </span></p> may follow the
  // colon): the others are not cleaned for it.
  // A lead-in run into its section's heading (（二）发展目标到2025年，…主要目标如下：, a page that lost its line
  // breaks) is read from the heading's end: its sentence opens there.
  const leadYear = (start: number, end: number, place: Place, intoList: boolean): number | null => {
    if (!intoList && !/[：:]/u.test(view.source.slice(Math.max(start, end - LEAD_TAIL), end))) return null;
    const title = !view.markdown && place.heading ? runInTitleEnd(view.clean(start, end), place.heading, end) : undefined;
    return leadInYear(cleanText(title ?? start, end), planAt(place), g, pg, intoList);
  };
  // A document that reports a past year's measured facts throughout (a 统计公报: grammar reportKinds) is a review from its first
  // line, of the year it covers.
  const reports = tree.meta.kind !== null && g.reportKinds.includes(tree.meta.kind);
  // The year it covers is the one its title names: the plan's year for a 统计公报, the year before it for a report delivered in
  // the year after the one it reports on (grammars/meta.yaml kinds[].past: its planYears are that next year's).
  const covered = reports && plan.years ? (tree.meta.title ? headingYear(tree.meta.title, ctx) : null) ?? plan.years[1] : null;
  const top: Place = { path: [], review: reports, situation: false, reviewYear: covered, leadYear: null, heading: null, marker: null };
  eachParagraph(tree.children, top, ctx, (start, end, place) => {
    const { path } = place;
    while (ti < docTitles.length && (docTitles[ti] as DocumentYear).end <= start) docYear = (docTitles[ti++] as DocumentYear).year;
    while (ci < cells.length && (cells[ci] as Found).start < end) out.push(toIndicator(cells[ci++] as Found, path, view, options.file));
    for (const [a, b] of readable(start, end)) {
      // Markdown views clean away markup; indicators read the plain cleaning of the source, as before.
      const clean = view.markdown ? undefined : view.clean(a, b);
      const title = clean && place.heading ? runInTitleEnd(clean, place.heading, b) : undefined;
      if (title !== undefined) {
        // A heading run into its body is a sentence of its own: the body's first clause starts after it.
        for (const [x, y] of [[a, title], [title, b]] as const) {
          for (const f of extractFromText(view.source, x, y, planAt(place), g, pg, view.clean(x, y))) out.push(toIndicator(f, path, view, options.file));
        }
        continue;
      }
      // A paragraph that opens with its section's marker (二是到2030年…, an item 一是 set on a line of its own) is read
      // after it: the marker is no part of the first clause's metric.
      const opening = clean && a === start && start === place.marker?.at ? markerEnd(clean.text, place.marker.text) : undefined;
      const dates = clean ? known?.get(a, b) : undefined;
      for (const f of extractFromText(view.source, a, b, planAt(place), g, pg, clean, dates, opening)) out.push(toIndicator(f, path, view, options.file));
    }
  }, leadYear, cleanText);
  while (ci < cells.length) out.push(toIndicator(cells[ci++] as Found, [], view, options.file));
  out.sort((x, y) => x.position.start.offset - y.position.start.offset);
  // toIndicator completes each Found's indicator object in place: the objects identify the task division's items.
  return withoutRestated(out, new Set(cells.filter((c) => c.restates).map((c) => c.indicator)));
}

function toIndicator(f: Found, path: string[], view: TextView, file: VFile | undefined): Indicator {
  // Each Found has an indicator object of its own: completed in place rather than copied (its
  // fields keep their order, and text, position and section follow them, as in a copy).
  const indicator = f.indicator as Indicator;
  // Markdown is read as its source is written: the ** that closes a bold run-in heading before the metric
  // (**（一）…。**新增…42家) is syntax, no part of the item's text.
  let { start, end } = f;
  if (view.markdown) {
    while (start < end && view.hides(start, start + 1)) start++;
    while (end > start && view.hides(end - 1, end)) end--;
  }
  indicator.text = view.original.slice(start, end);
  indicator.position = view.locator.position(start, end);
  indicator.section = path;
  if (file && indicator.damaged) {
    report(file, view.locator, 'indicator/missing-value', 'warning', `the value of ${indicator.metric} is missing in the source (${indicator.text})`, start, end, indicator);
  }
  if (file && f.difference) ((file.data as PlanFileData).differences ??= new WeakSet()).add(indicator);
  if (file && f.implausible) {
    report(file, view.locator, 'indicator/implausible-unit', 'warning', `${indicator.metric} in ${indicator.unit} is implausible; ‰ or /10万 was probably meant`, start, end, indicator);
  }
  return indicator;
}

/** The indicator stage as a unified plugin: metric, value, unit, comparator, kind and year of each target. */
export function planIndicators(options: Partial<Pick<IndicatorOptions, 'grammars'>> = {}) {
  const grammars = options.grammars ?? defaultGrammars();
  return (tree: PlanTree, file: VFile): void => {
    const view = fileView(file);
    tree.indicators = findIndicators(tree, view, { grammars, file });
    // The last stage to read cleaned spans and the date stage's hits: both can go.
    view.releaseCache();
    delete (file.data as PlanFileData).leafDates;
  };
}
