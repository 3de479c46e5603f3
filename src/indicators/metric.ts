// Cuts metric names out of a sentence: the subject before a predicate (婴儿死亡率), its conjuncts
// (全人群和重点人群签约率 → 全人群签约率, 重点人群签约率), the counted noun after a unit
// (建成 4 个基层医疗机构中医馆), and the population an age limit defines (35岁以上就诊人群).
import type { IndicatorGrammar } from '../grammar/indicators.js';
import type { WordSet } from '../grammar/words.js';
import type { DateHit } from '../dates/scan.js';
import { readNumber } from '../numbers/index.js';
import { isDigitCode } from '../numbers/digits.js';
import { MAX_GROUP } from './quantity.js';
import { dateStartingAt } from './date-at.js';
import { LEADING_YEARS, yearsCountStart } from './years-count.js';
import { sharedNounStart } from './count-list.js';
import { eventTollNames } from './event-tolls.js';
import { WHITE_SPACE } from '../text/breaks.js';
import { periodEndsSentence } from '../text/ends.js';
import { han, HAN, HAN_ONLY } from '../text/han.js';

/** Characters that end a clause: a metric never crosses them. */
export const CLAUSE_STOPS = new Set([',', '，', ';', '；', '。', ':', '：', '!', '！', '?', '？']);
export const SENTENCE_STOPS = new Set(['。', ';', '；', '!', '！', '?', '？']);
const OPEN = new Set(['(', '（', '“', '‘', '《', '"', '[', '【', '〔']);
const CLOSE = new Set([')', '）', '”', '’', '》', '"', ']', '】', '〕']);
const QUOTE = 0x22;
/**
 * Membership by UTF-16 code unit, for the loops that test every character of a clause: a typed
 * array lookup instead of a Set probe. The ASCII " opens and closes alike, so it counts as neither.
 */
const codeTable = (set: Set<string>): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of set) if (c.charCodeAt(0) !== QUOTE) table[c.charCodeAt(0)] = 1;
  return table;
};
const CLAUSE_STOP_CODES = codeTable(CLAUSE_STOPS);
const SENTENCE_STOP_CODES = codeTable(SENTENCE_STOPS);

/** A label with its value inside 【】 (字体：大 中 小, 编者按：): a page's tool or a label, never a term of the text. */
const TOOL_LABEL = /[：:]/u;
/** How far back the 【 of a page tool or label is looked for (【字体：大 中 小】). */
const MAX_TOOL = 12;

/**
 * Whether a sentence ends with text[i]: a stop, or the 】 of a page's tool or label set apart from the text before it
 * (【字体：大 中 小】　【打印】　【关闭】, 【编者按】 opening a paragraph; or one that holds a label and its value: 【字号：大 中 小】
 * run onto the text before it): the text after it opens a sentence, also where a page
 * that lost its line breaks runs them into the text (…【关闭】2025年，全市…). A 【】 inside a sentence (新建【智慧医院】5家)
 * follows the sentence's words and ends nothing.
 */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (SENTENCE_STOP_CODES[c] === 1) return true;
  if (periodEndsSentence(text, i)) return true;
  if (c !== 0x3011) return false;
  const open = text.lastIndexOf('【', i);
  if (open < 0 || i - open > MAX_TOOL) return false;
  if (open === 0 || TOOL_LABEL.test(text.slice(open + 1, i))) return true;
  const before = text.charCodeAt(open - 1);
  return WHITE_SPACE[before] === 1 || SENTENCE_STOP_CODES[before] === 1 || before === 0x3011;
}
/** Opening and closing brackets and quotes, without ". */
const OPENER = codeTable(OPEN);
const CLOSER = codeTable(CLOSE);
/** A metric noun phrase is never longer than this. */
const MAX_NOUN = 40;
/** The longest label of a labelled aside (牵头单位, 责任单位, 完成时限, 配合部门). */
const LABEL_MAX = 6;

export interface Span {
  start: number;
  end: number;
}

/**
 * Clauses are searched at most this far: a "clause" with no stop for longer is run-on or
 * hostile text, and an unbounded search per number would make a paragraph quadratic.
 */
export const MAX_CLAUSE = 300;

/** Start of the clause holding `pos` (after the last clause stop at or after `floor`). */
export function clauseStart(text: string, pos: number, floor: number): number {
  let depth = 0;
  floor = Math.max(floor, pos - MAX_CLAUSE);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (CLOSER[c] === 1) depth++;
    else if (OPENER[c] === 1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_STOP_CODES[c] === 1) return i + 1;
  }
  return floor;
}

/** End of the clause holding `pos` (the next clause stop, or `limit`). */
export function clauseEnd(text: string, pos: number, limit: number): number {
  let depth = 0;
  limit = Math.min(limit, pos + MAX_CLAUSE);
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (OPENER[c] === 1) depth++;
    else if (CLOSER[c] === 1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_STOP_CODES[c] === 1) return i;
  }
  return limit;
}

/** A grade or class written with its numeral (三级, 二类, 2型). */
const GRADE = /^(?:[一二三四五六七八九十]|[0-9０-９]{1,2})[级类档型]/u;
/** Numerals listed before a grade's numeral (二、三级医院, 一、二、三类, 1、2型): the grades share the classifier, as official
 *  writing abbreviates 二级、三级 — the first numeral is no outline marker. */
const GRADE_LIST = /^[ ]*(?:(?:[一二三四五六七八九十]|[0-9０-９]{1,2})、)+(?:[一二三四五六七八九十]|[0-9０-９]{1,2})[级类档型]/u;
/** A numeral closing a conjunct, which the grade after it completes (全县二 | 三级医院). */
const NUMERAL_END = /(?:[一二三四五六七八九十]|[0-9０-９]{1,2})$/u;

/** Length of an outline marker at the start of a paragraph (1. 一、 (一)), which no metric includes. */
export function markerLength(text: string): number {
  if (GRADE_LIST.test(text)) return 0;
  const m = /^[ ]*(?:[0-9０-９]{1,3}[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）]|第[一二三四五六七八九十百零〇]{1,5}[条章节])[ ]*/u.exec(text.slice(0, 12));
  return m ? m[0].length : 0;
}

/** How far a prepositional frame (在…中, 以…为单位) may reach. */
const MAX_FRAME = 16;

/**
 * The end of a prepositional frame opening the subject (在全市中小学中, 以县为单位, 按常住人口计算),
 * or undefined. The last closer in reach ends it; a frame never takes the whole subject.
 */
function frameEnd(text: string, s: number, end: number, g: IndicatorGrammar): number | undefined {
  const open = g.frameOpeners.startingAt(text, s);
  if (!open || g.notFrames.startingAt(text, s)) return undefined;
  let close: number | undefined;
  // A frame has words between its opener and its closer (在全市中小学中): 在 right before 统计 (在统计源期刊发表论文) opens none.
  for (let k = s + open.length + 1; k <= Math.min(end - 2, s + MAX_FRAME); k++) {
    const closer = g.frameClosers.endingAt(text, k);
    if (closer && k - closer.length > s + open.length) close = k;
  }
  return close;
}

/** True when the bracket opening at `i` is not closed before `end` (a cut-off aside, not part of a name). */
function unclosed(text: string, i: number, end: number): boolean {
  let depth = 0;
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if (OPENER[c] === 1) depth++;
    else if (CLOSER[c] === 1 && --depth === 0) return false;
  }
  return true;
}

/**
 * Where a frame that says how the amount is measured closes the name (接种率以乡镇为单位, 人均公园绿地面积按常住人口计算: grammar
 * frames.measureClosers), written after the metric before its verb: the name ends before it. The name's length when there is none,
 * or when the frame would leave less than two characters of name.
 */
function measureFrameStart(name: string, g: IndicatorGrammar): number {
  if (g.frameMeasureClosers.endingAt(name, name.length) === undefined) return name.length;
  for (let k = name.length - 3; k >= Math.max(2, name.length - MAX_FRAME); k--) {
    if (g.frameOpeners.startingAt(name, k) !== undefined && g.notFrames.startingAt(name, k) === undefined) return k;
  }
  return name.length;
}

/** The word before a date that makes it a deadline (到, 至, 截至). */
const DEADLINE_TO = /^(?:截至|截止到|截止|到|至)/u;

/**
 * Skips what opens a clause but is no part of its metric: lead words (力争, 确保, 其中, 仅有), a year
 * (到2025年), a joiner left by an earlier item (、和), a stray or unclosed bracket, a prepositional
 * frame (在…中, 以…为单位).
 */
export function trimLead(text: string, start: number, end: number, dates: DateHit[], g: IndicatorGrammar, extra?: WordSet): number {
  let s = start;
  for (let guard = 0; guard < 16 && s < end; guard++) {
    const c = text[s] as string;
    const code = text.charCodeAt(s);
    // Separators, stray closing brackets and list dashes (——中医药服务…), and the Markdown emphasis mark that closes a bold lead
    // sentence before the clause (**加强队伍建设。** 2026年全省培训…).
    if (c === ' ' || c === ',' || c === '，' || c === '、' || c === '—' || c === '－' || c === '*' || (CLOSER[code] === 1)) {
      s++;
      continue;
    }
    if (OPENER[code] === 1 && unclosed(text, s, end)) {
      s++;
      continue;
    }
    const date = dateStartingAt(dates, s, (d) => d.end <= end);
    if (date) {
      s = date.end;
      // 2026年的, and 起/开始 after a date that starts the work (下半年起新开工, 2026年开始实施).
      if (text[s] === '的') s++;
      else s += g.yearStartAfter.startingAt(text, s)?.length ?? 0;
      continue;
    }
    // The 到 of a deadline that a named period gives (到“十五五”末, 至十四五期末): the date reads the period only.
    const by = DEADLINE_TO.exec(text.slice(s, s + 3))?.[0];
    if (by && s + by.length <= end && dateStartingAt(dates, s + by.length) !== undefined) {
      s += by.length;
      continue;
    }
    const w = g.leadWords.startingAt(text, s) ?? extra?.startingAt(text, s);
    if (w && s + w.length <= end && !g.leadTerms.startingAt(text, s)) {
      s += w.length;
      continue;
    }
    const j = g.joiners.startingAt(text, s);
    if (j && j !== '、' && !insideWord(text, s, g.notJoiners) && s + j.length < end) {
      s += j.length;
      continue;
    }
    const frame = frameEnd(text, s, end, g);
    if (frame !== undefined) {
      s = frame;
      continue;
    }
    break;
  }
  return s;
}

/** True when text[i] is inside one of `words` (普及 around 及). */
export function insideWord(text: string, i: number, words: WordSet): boolean {
  for (let k = i + 1; k <= i + 3 && k <= text.length; k++) {
    const w = words.endingAt(text, k);
    if (w && k - w.length <= i) return true;
  }
  return false;
}

/** Last index of `ch` outside brackets in the span, or -1. */
function lastTopLevel(text: string, span: Span, ch: string): number {
  let depth = 0;
  let last = -1;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (OPENER[c] === 1) depth++;
    else if (CLOSER[c] === 1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i] === ch) last = i;
  }
  return last;
}

/** The members of a subject parted by the joiners 、和及与 outside brackets, quotes and a modifier ending in 的 (not 及以上). */
function joinedParts(text: string, span: Span, g: IndicatorGrammar): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let quote = false;
  let from = span.start;
  // Joiners inside a modifier ending in 的 (因心脑血管疾病、癌症和糖尿病导致的过早死亡率) join no metrics; one right after a rate's
  // head does (报告及时率、接受抗病毒治疗的比例和治疗成功率): a rate or share is whole, no modifier of a noun after it. So does one
  // right after a group of people a scheme names (低保边缘家庭成员、纳入监测范围的农村易返贫致贫人口救助比例): the group is a whole
  // noun, and the 的 opens the next group's own modifier.
  const modifierEnd = lastTopLevel(text, span, '的');
  for (let i = span.start; i < span.end; i++) {
    const c = text[i] as string;
    if (c === '"') quote = !quote;
    else if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    if (depth > 0 || quote || (i < modifierEnd && g.rateNameHeads.endingAt(text, i) === undefined && g.peopleNounEnds.endingAt(text, i) === undefined)) continue;
    const j = g.joiners.startingAt(text, i);
    if (!j || insideWord(text, i, g.notJoiners)) continue;
    if (text.startsWith('以上', i + j.length) || text.startsWith('以下', i + j.length)) continue;
    if (i > from) parts.push({ start: from, end: i });
    from = i + j.length;
    i += j.length - 1;
  }
  if (from < span.end) parts.push({ start: from, end: span.end });
  return parts;
}

/** Fewest characters of the object that verbs joined before it act on (桥梁, 公交线路). */
const MIN_SHARED_OBJECT = 2;

/**
 * Verbs joined before the one object they act on, given one value each by a distributor (新建和改造桥梁分别为20座和40座 → 新建桥梁,
 * 改造桥梁): each verb with the object names one count, as 分别 pairs the values with the acts in order. Undefined unless every
 * member but the last is a verb of an object alone and the last is such a verb before the object. Lead words, a date and a scope
 * before the first verb (到2027年，全县新建和改造…) name no act and are passed over.
 */
export function verbsOfOneObject(text: string, span: Span, dates: DateHit[], g: IndicatorGrammar): string[] | undefined {
  const lead = trimLead(text, span.start, span.end, dates, g);
  const parts = joinedParts(text, { start: lead + (g.scope.exec(text.slice(lead, span.end))?.[0].length ?? 0), end: span.end }, g);
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2 || !parts.slice(0, -1).every((p) => g.objectVerbs.has(text.slice(p.start, p.end).trim()))) return undefined;
  const verb = g.objectVerbs.startingAt(text, last.start);
  if (!verb || last.end - last.start - verb.length < MIN_SHARED_OBJECT) return undefined;
  const object = text.slice(last.start + verb.length, last.end);
  return parts.map((p) => (p === last ? verb : text.slice(p.start, p.end).trim()) + object);
}

/**
 * The shares of the institutions listed as the subject of a share's modifier, when a distributor gives one value to each
 * (社区卫生服务中心和乡镇卫生院设置护理床位的比例分别达到40%、30% → 社区卫生服务中心设置护理床位的比例, 乡镇卫生院设置护理床位的比例):
 * plans set such shares tier by tier of institution (the share of the 中心 that do the act, the share of the 卫生院 that do it), and
 * 分别 pairs the values with the institutions in order. splitConjuncts keeps the joiners before the modifier's 的 inside it (因…、…和…
 * 导致的过早死亡率: objects of the modifier's verb); here every part before the last ends in an institution word (grammar
 * institutionHeads) and the last goes on from its institution word into the act. Undefined unless there are `values` such parts.
 */
export function institutionShares(name: string, values: number, g: IndicatorGrammar): string[] | undefined {
  if (values < 2) return undefined;
  const de = lastTopLevel(name, { start: 0, end: name.length }, '的');
  if (de <= 0) return undefined;
  const parts = joinedParts(name, { start: 0, end: de }, g);
  const last = parts[parts.length - 1];
  if (!last || parts.length !== values) return undefined;
  if (!parts.slice(0, -1).every((p) => p.end - p.start >= 2 && g.institutionHeads.endingAt(name, p.end) !== undefined)) return undefined;
  // The last part's first institution word ends where the act begins (乡镇卫生院|设置护理床位): the act, 的 and the share are shared.
  for (let k = last.start + 2; k < last.end; k++) {
    if (g.institutionHeads.endingAt(name, k) === undefined) continue;
    const act = name.slice(k);
    return parts.map((p) => (p === last ? name.slice(last.start) : name.slice(p.start, p.end) + act));
  }
  return undefined;
}

/** Splits a subject into conjuncts on 、和及与 outside brackets and quotes (not 及以上). */
export function splitConjuncts(text: string, span: Span, g: IndicatorGrammar): Span[] {
  const parts = examplesMerged(text, joinedParts(text, span, g), g);
  if (parts.length === 1) return [span];
  // A one-character conjunct is a word split by mistake, not a metric; a conjunct that is a verb
  // joins verbs of one object (新增和更新公交车中新能源汽车比例, 新建和改扩建学校), not metrics.
  const verbOnly = (p: Span, k: number): boolean => k < parts.length - 1 && g.objectVerbs.has(text.slice(p.start, p.end).trim());
  const grades = gradeNames(text, parts) !== undefined;
  if (parts.some((p, k) => (p.end - p.start < 2 && !grades) || verbOnly(p, k))) return [span];
  const last = parts[parts.length - 1];
  // 新生儿、大学生等重点群体参保率: a list closed by 等 gives examples of one group, named after 等 — one metric of the group.
  if (last && examplesOfGroup(text, last, g)) return [span];
  // 退役军人和其他优抚对象信息采集准确率: a last member opened by 其他 is the whole group the members before it belong to — one
  // population, one metric.
  if (last && parts.length > 1 && g.otherWords.startingAt(text, last.start) !== undefined) return [span];
  // 高血压、糖尿病“两病”患者门诊用药保障人数: a quoted label after the last conjunct that counts the conjuncts (“两病”, “两癌”,
  // “三高”) names them as one group, the population of one metric, as health plans name the diseases they screen and treat together.
  if (last && groupLabel(text.slice(last.start, last.end), parts.length)) return [span];
  // 综合性医院、康复医院和基层医疗卫生机构中老年友善医疗机构占比: institutions or people listed before 中 are the pool one share is
  // taken in (the share of the pool that is or does something), not groups each with a rate of its own.
  if (last && poolOfShare(text, parts, g)) return [span];
  // 养老机构与医疗卫生机构签约合作率: a relation word after 与/和 makes the joiner "with" — one metric of pairs.
  if (last && parts.length === 2 && /[与和]$/u.test(text.slice(span.start, last.start).trimEnd()) && g.relationWords.indexIn(text, last.start, last.end) !== undefined) return [span];
  // 养老机构与医疗卫生机构签约服务率: 与 before a bilateral act (签约) is "with" too; 和 there lists groups (全人群和重点人群签约率).
  if (last && parts.length === 2 && /与$/u.test(text.slice(span.start, last.start).trimEnd()) && g.withRelationWords.indexIn(text, last.start, last.end) !== undefined) return [span];
  if (last && fieldsOfOneInstitution(text, span, parts, g)) return [span];
  return parts;
}

/**
 * Where the shared tail starts in the last conjunct when both name units of the administrative or community tiers with the same
 * qualifier before their division noun (grammar divisionNouns): 健康村 | 健康社区占比, 文明乡镇 | 文明村覆盖率. Plans count and rate
 * their 健康细胞 and 创建 titles tier by tier under one qualifier, so the qualifier and a division noun make each conjunct's unit and
 * what follows the last one's division noun is every conjunct's. Undefined unless the conjunct is the qualifier and a division noun,
 * and the last conjunct opens with the same qualifier, another division noun and a tail.
 */
function parallelDivisionEnd(s: string, last: string, g: IndicatorGrammar): number | undefined {
  const own = g.divisionNouns.endingAt(s, s.length);
  if (own === undefined || own.length >= s.length) return undefined;
  // A scope before the first conjunct (全县健康村) is the list's, not the qualifier's.
  const qualifier = s.slice(g.scope.exec(s)?.[0].length ?? 0, s.length - own.length);
  if (!qualifier || !HAN_ONLY.test(qualifier) || !last.startsWith(qualifier)) return undefined;
  const other = g.divisionNouns.startingAt(last, qualifier.length);
  if (other === undefined || other === own || qualifier.length + other.length >= last.length) return undefined;
  return qualifier.length + other.length;
}

/** Length of the field right before the institution in the second conjunct (咨询, 控制, 护理): a two-character word of an
 *  activity; a longer one is a group's own institution (城市与农村儿童保健中心覆盖率均…: two groups). */
const FIELD_LENGTH = 2;

/**
 * Whether two conjuncts joined by 与 are the fields of one institution named after the second (心理健康教育 | 与 | 咨询中心建设达标率):
 * the second is a two-character field and an institution of grammar fieldJoinedInstitutions, the first holds none.
 */
function fieldsOfOneInstitution(text: string, span: Span, parts: readonly Span[], g: IndicatorGrammar): boolean {
  const [first, last] = parts;
  if (parts.length !== 2 || !first || !last || !/与$/u.test(text.slice(span.start, last.start).trimEnd())) return false;
  const at = g.fieldJoinedInstitutions.indexIn(text, last.start, last.end)?.index;
  return at !== undefined && at - last.start === FIELD_LENGTH && g.fieldJoinedInstitutions.indexIn(text, first.start, first.end) === undefined;
}

/** Characters after 中 that make it the first of a word (中心, 中医, 中小学), not "among". */
const NOT_AMONG = /^[心医药学小级等型国华文长期]/u;

/**
 * Whether the members are institutions or people listed before 中 (among) in the last one, after which a share or rate is named
 * (…机构中老年友善医疗机构占比, …患者中规范管理的比例): the list is the pool of one share.
 */
function poolOfShare(text: string, parts: readonly Span[], g: IndicatorGrammar): boolean {
  const last = parts[parts.length - 1] as Span;
  const lastText = text.slice(last.start, last.end);
  if (g.rateNameHeads.endingAt(lastText, lastText.length) === undefined) return false;
  for (let among = lastText.indexOf('中', 2); among > 0; among = lastText.indexOf('中', among + 1)) {
    if (NOT_AMONG.test(lastText.slice(among + 1))) continue;
    const pool = lastText.slice(0, among);
    return parts.every((p) => nounKind(p === last ? pool : text.slice(p.start, p.end), g) !== undefined);
  }
  return false;
}

/**
 * The conjuncts with a list of examples closed by 等 inside the subject taken as one (危险化学品、矿山、冶金等重点企业主要负责人 | 和 |
 * 安全生产管理人员考核合格率): the examples before 等 name kinds of the group after it, which the later joiner lists with others, so
 * they are no conjuncts of their own. The parts are returned unchanged when no part before the last closes such a list.
 */
function examplesMerged(text: string, parts: Span[], g: IndicatorGrammar): Span[] {
  for (let k = parts.length - 2; k > 0; k--) {
    const p = parts[k] as Span;
    if (examplesOfGroup(text, p, g)) return [{ ...p, start: (parts[0] as Span).start }, ...parts.slice(k + 1)];
  }
  return parts;
}

/** Whether the last conjunct goes on after a list end (等) outside a word that holds one (等级, 平等) with the group it closes. */
function examplesOfGroup(text: string, last: Span, g: IndicatorGrammar): boolean {
  for (let i = last.start + 1; i < last.end - 1; i++) {
    const end = g.listEnds.startingAt(text, i);
    if (end && !insideWord(text, i, g.notListEnds) && !g.notListEnds.startingAt(text, i)) return true;
  }
  return false;
}

/**
 * The names of grades listed by their numerals (全县二 | 三级医院预约诊疗率 → 全县二级医院预约诊疗率, 全县三级医院预约诊疗率): each
 * numeral takes the classifier and the tail after the last one's, and what stands before the first numeral (a scope, an
 * institution: 县医院三、四级手术) is every grade's. Undefined unless every conjunct but the last ends in a numeral, those after
 * the first are a numeral alone, and the last opens with a grade.
 */
export function gradeNames(text: string, parts: readonly Span[]): string[] | undefined {
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2) return undefined;
  const lastText = text.slice(last.start, last.end).trim();
  const grade = GRADE.exec(lastText)?.[0];
  const firstText = text.slice((parts[0] as Span).start, (parts[0] as Span).end).trim();
  const numeral = NUMERAL_END.exec(firstText)?.[0];
  if (!grade || !numeral) return undefined;
  const inner = parts.slice(1, -1).map((p) => text.slice(p.start, p.end).trim());
  if (!inner.every((s) => NUMERAL_END.exec(s)?.[0] === s)) return undefined;
  const prefix = firstText.slice(0, firstText.length - numeral.length);
  const tail = lastText.slice(grade.length - 1);
  return [firstText + tail, ...inner.map((s) => prefix + s + tail), prefix + lastText];
}

/** How many characters of a conjunct's end, the same as the last conjunct's, make it a whole metric. */
const SAME_TAIL = 2;

/**
 * A conjunct that already ends as the last one does is written in full (城镇居民人均可支配收入和农村居民人均可支配收入):
 * it takes no tail from the last.
 */
/**
 * Tiers of an honour or a rank listed before the one noun they share (引进国家级、省级领军人才分别4名和18名; 认定市级、县级拔尖人才):
 * plans name the tiers and write the noun once after the last tier, so the tail after the last conjunct's own tier is shared
 * (国家级领军人才), however long each tier word is (grammar honourTiers). Undefined when the conjunct does not end in a tier or the
 * last one opens with no other tier.
 */
function tierListTail(s: string, lastText: string, g: IndicatorGrammar): number | undefined {
  const own = g.honourTiers.endingAt(s, s.length);
  const lastTier = g.honourTiers.startingAt(lastText, 0);
  if (own === undefined || lastTier === undefined || own === lastTier || lastTier.length >= lastText.length) return undefined;
  return lastTier.length;
}

function sameTail(s: string, last: string): boolean {
  return s.length > SAME_TAIL && last.length > SAME_TAIL && s.endsWith(last.slice(-SAME_TAIL));
}

/**
 * Completes conjuncts that share a tail: 全人群 | 重点人群签约率 → 全人群签约率, 重点人群签约率.
 * Returns undefined when the conjuncts are not separate metrics. `owned` false: after a base of population, whose ratios take
 * no institution from the first of them (below).
 */
export function completeConjuncts(text: string, parts: Span[], g: IndicatorGrammar, guessTail = true, owned = true): string[] | undefined {
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (!last || !first || parts.length < 2) return undefined;
  const grades = gradeNames(text, parts);
  if (grades) return grades;
  const tolls = eventTollNames(text, parts, g);
  if (tolls) return tolls;
  const lastText = text.slice(last.start, last.end);
  // A base of population before the first of the ratios listed (每千人口执业（助理）医师数、注册护士数): every ratio of the list is
  // per that base, as health-resource statistics are listed; the ratios are completed without it and each takes it.
  // (after the scope the list is set in: 全市每千人口…). Each such ratio names its own resource: an institution before the
  // first (每千人口医疗卫生机构床位数、执业（助理）医师数) is that ratio's alone, as the statistics name them (每千人口执业（助理）
  // 医师数, not …医疗卫生机构执业（助理）医师数).
  const firstText = text.slice(first.start, first.end);
  const inScope = g.scope.exec(firstText)?.[0].length ?? 0;
  const base = PER_BASE_LEAD.exec(firstText.slice(inScope))?.[0];
  if (base && first.start + inScope + base.length < first.end) {
    const rest = [{ start: first.start + inScope + base.length, end: first.end }, ...parts.slice(1)];
    return completeConjuncts(text, rest, g, guessTail, false)?.map((m) => (PER_BASE_LEAD.test(m) ? m : base + m));
  }
  // An institution named before the first of the groups that share a tail (三级公立医院门诊和住院次均费用增幅): the groups are
  // completed without it, and each is that institution's (三级公立医院门诊次均费用增幅, 三级公立医院住院次均费用增幅).
  const owner = owned ? ownerBeforeGroup(text.slice(first.start, first.end), g) : 0;
  if (owner > 0 && !g.institutionHeads.indexIn(lastText)) {
    const prefix = text.slice(first.start, first.start + owner);
    return completeConjuncts(text, [{ start: first.start + owner, end: first.end }, ...parts.slice(1)], g, guessTail)?.map((m) => (m.startsWith(prefix) ? m : prefix + m));
  }
  // A population named before the first of the conditions or services that share a tail, the later ones naming none of their own
  // (适龄妇女宫颈癌和乳腺癌筛查率, 儿童青少年近视和肥胖检出率): each is that population's, as each group above is the institution's.
  const population = owned ? populationBeforeGroup(firstText, lastText, g) : 0;
  if (population > 0) {
    const prefix = firstText.slice(0, population);
    return completeConjuncts(text, [{ start: first.start + population, end: first.end }, ...parts.slice(1)], g, guessTail)?.map((m) => (m.startsWith(prefix) ? m : prefix + m));
  }
  // Levels counted after the last of them (乡镇（街道）、村（社区）两级残疾人协会组建率): the tail after the count is shared.
  const tiers = tierWord(lastText, parts.length);
  if (tiers) {
    const tail = lastText.slice(tiers.index + tiers.length);
    return parts.map((p) => (p === last ? lastText.slice(0, tiers.index) : text.slice(p.start, p.end)) + tail);
  }
  // Where the shared tail starts in the last conjunct: at its first population or institution word.
  const join = g.joinHeads.indexIn(lastText, 1);
  const out: string[] = [];
  for (const part of parts) {
    const s = text.slice(part.start, part.end);
    // People or institutions listed before people or institutions (乡村医生、村卫生室人员; 省级重点实验室、省级技术创新中心; 乡村医生、
    // 村卫生室护士): each conjunct is a whole noun of its own. (A last conjunct that is only the population word is a group after the metric:
    // 人均预期寿命男性、女性, trailingGroups.)
    const lastEnd = g.joinHeads.endingAt(lastText, lastText.length) ?? g.peopleNounEnds.endingAt(lastText, lastText.length) ?? g.placeNounEnds.endingAt(lastText, lastText.length);
    const whole = lastEnd !== undefined && lastEnd.length < lastText.length && nounKind(s, g) !== undefined && nounKind(s, g) === nounKind(lastEnd, g);
    if (part === last || whole || endsInHead(s, g) || sameTail(s, lastText)) {
      out.push(s);
      continue;
    }
    // (Only where each conjunct gets a value of its own: a guessed tail, as below.)
    const tierTail = guessTail ? tierListTail(s, lastText, g) : undefined;
    if (tierTail !== undefined) {
      out.push(s + lastText.slice(tierTail));
      continue;
    }
    // Pollutants listed before one measure word (化学需氧量、氨氮排放量): the last conjunct's tail after its own pollutant is shared.
    const pollutant = g.pollutants.endingAt(s, s.length) !== undefined ? g.pollutants.startingAt(lastText, 0) : undefined;
    if (pollutant !== undefined && pollutant.length < lastText.length) {
      out.push(s + lastText.slice(pollutant.length));
      continue;
    }
    // One group of a pair before the other (城镇和农村常住居民人均可支配收入): the tail after the other group.
    const other = pairedGroup(s, lastText, g);
    if (other !== undefined) {
      out.push(s + lastText.slice(other.length));
      continue;
    }
    // A conjunct that ends in a shorter form of the last one's population word (负责人 | 管理人员培训率: 人 of 人员) names its own
    // population: the tail after that word is shared, not the word. So does one that ends in an institution word of its own before
    // a last one whose shared tail starts at an institution word (中小学校和托幼机构监督覆盖率 → 中小学校监督覆盖率, not
    // 中小学校机构…): institutions listed before one measure are each named whole (grammar institutionHeads).
    const ownInstitution = join && g.institutionHeads.has(join.word) && s.length > 2 ? g.institutionHeads.endingAt(s, s.length) : undefined;
    const own = g.joinHeads.endingAt(s, s.length) ?? ownInstitution ?? (join && s.length > 1 && s.endsWith(join.word.slice(0, 1)) ? join.word : undefined);
    if (join) {
      // Parallel conjuncts that end in the same word (困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率): the tail after that
      // word in the last one is shared, with the modifier of its population word (目标人群覆盖率).
      // The same word may also stand after the population word (职工医保和城乡居民医保政策范围内…支付比例: 医保), when the last one
      // names its scheme by its population: the tail after it is shared (职工医保政策范围内…), not the population word's.
      let parallel = own ? -1 : lastText.lastIndexOf(s.slice(-SAME_TAIL), join.index - SAME_TAIL);
      if (!own && parallel <= 0) {
        const after = lastText.indexOf(s.slice(-SAME_TAIL), join.index + join.word.length);
        if (after > 0 && after + SAME_TAIL < lastText.length) parallel = after;
      }
      // A word parallel to the last one's first word, with a qualifier between that word and the population or institution word
      // (二级、三级公立医院满意度; 城市和农村医疗机构): the tail after the parallel word is shared, the qualifier with it.
      const word = own ? undefined : parallelWord(s, lastText, join.index, g);
      out.push(s + lastText.slice(own ? join.index + join.word.length : parallel > 0 ? parallel + SAME_TAIL : word ?? join.index));
      continue;
    }
    // Two groups with nothing before the second (男性和女性人均预期寿命): the tail after the second group.
    const lead = own ? g.joinHeads.startingAt(lastText, 0) : undefined;
    if (lead && lead.length < lastText.length) {
      out.push(s + lastText.slice(lead.length));
      continue;
    }
    // Units of one tier named with one qualifier (健康村、健康社区占比): the tail after the last one's division noun is shared.
    const division = parallelDivisionEnd(s, lastText, g);
    if (division !== undefined) {
      out.push(s + lastText.slice(division));
      continue;
    }
    const head = g.metricHeads.endingAt(lastText, lastText.length);
    if (head && !guessTail) return undefined;
    if (head) {
      // A short group (小麦、水稻耕种收综合机械化率; 门诊、住院满意度) shares the tail after a group as long in the last conjunct, as
      // crops, school levels and services are listed before one metric; a longer conjunct shares the head and the two characters
      // before it (传染病报告和突发公共卫生事件报告及时率), unless that would be the whole last conjunct: then the last names a metric
      // of its own and so does this one (“一件事”办理环节、申请材料和办理时间).
      // Three or more groups as long as one another (农贸市场、餐饮单位、建筑工地防鼠设施合格率) are parallel names of one class, as
      // places and trades are listed before one rate: the last conjunct's tail after as many characters is shared too.
      // A list of sectors closed by their class noun (道路运输、建筑施工领域死亡人数): the class noun and what follows it are shared.
      // Wastes or by-products listed before the treatment they share (秸秆、畜禽粪污综合利用率): the tail starts at the treatment.
      // (Places listed before the waste they treat share the waste too: 城市、农村生活垃圾无害化处理率.)
      const treatment = g.sharedTreatments.indexIn(lastText, 1);
      if (treatment && HAN_ONLY.test(s) && !g.placeGroups.has(s) && !s.includes(treatment.word) && lastText.length - treatment.index > head.length) {
        out.push(s + lastText.slice(treatment.index));
        continue;
      }
      const sector = g.sectorClassWords.indexIn(lastText, 2);
      if (sector && HAN_ONLY.test(s) && sector.index + sector.word.length < lastText.length && !lastText.slice(sector.index + sector.word.length).startsWith('的')) {
        out.push(s + lastText.slice(sector.index));
        continue;
      }
      const short = s.length <= MAX_GROUP || parallelGroups(text, parts, s.length);
      // Groups of different lengths before the last (药品、化妆品、医疗器械抽检合格率) give no length for the last one's group.
      const uniform = parts.slice(0, -1).every((p) => p.end - p.start === s.length);
      const group = short && uniform && HAN_ONLY.test(s) && lastText.length - s.length >= head.length ? kindEnd(lastText, s.length, head, g) : undefined;
      // …where the last one names the act the kinds share (医疗器械|抽检合格率), the tail starts there.
      const act = uniform ? undefined : g.sharedActs.indexIn(lastText, 1);
      const tail = parallelTail(s, lastText, head) ?? sameClassTail(s, lastText, head) ?? group ?? act?.index ?? sameWordTail(s, lastText) ?? Math.max(0, lastText.length - head.length - 2);
      out.push(tail === 0 ? s : s + lastText.slice(tail));
      continue;
    }
    // Kinds of different lengths before a count of the act they share, with no head word (药品、医疗器械、化妆品抽检 … 分别不少于
    // N批次): the act in the last one starts the shared tail, as with a head (药品、化妆品、医疗器械抽检合格率 above).
    const sharedAct = sharedActTail(parts, lastText, g);
    if (sharedAct !== undefined && HAN_ONLY.test(s)) {
      out.push(s + lastText.slice(sharedAct));
      continue;
    }
    // Parallel conjuncts with no head word: the last one's tail after as many characters as this one
    // has (门诊和住院次均费用 → 门诊次均费用, 住院次均费用), or after a longer group of the last one that ends in the same
    // character as this one (氮氧化物和挥发性有机物重点工程减排量 → 氮氧化物重点工程减排量: substances named by their class).
    if (s.length > 4 || lastText.length <= s.length + 1) {
      // Parallel names that end in the same word, the last one with a tail after it (困难残疾人生活补贴和重度残疾人护理补贴标准 →
      // 困难残疾人生活补贴标准): the tail after that word is shared.
      const same = s.length > 4 ? sameWordTail(s, lastText) : undefined;
      if (same !== undefined) {
        out.push(s + lastText.slice(same));
        continue;
      }
      return undefined;
    }
    const sameEnd = lastText.indexOf(s[s.length - 1] as string, s.length - 1);
    out.push(s + lastText.slice(sameEnd >= 0 && sameEnd < lastText.length - 2 ? sameEnd + 1 : kindEnd(lastText, s.length, '', g)));
  }
  return withSharedPopulation(out, g);
}

/**
 * Where the act the listed kinds share starts in the last conjunct (化妆品|抽检), when the kinds before it are of different lengths:
 * their lengths then give no place for the last one's kind to end. Undefined when they are as long as one another (城市、农村饮用水
 * 监测: the length says 农村 | 饮用水监测, a shared object before the act), or the last conjunct holds no shared act after its kind.
 */
function sharedActTail(parts: readonly Span[], lastText: string, g: IndicatorGrammar): number | undefined {
  const lengths = new Set(parts.slice(0, -1).map((p) => p.end - p.start));
  if (lengths.size < 2) return undefined;
  return g.sharedActs.indexIn(lastText, 1)?.index;
}

/** How long a rate named by its act alone may be (治疗率, 管理率: an act of two characters and 率). */
const MAX_BARE_RATE = 3;
/** How long the first rate's act after its population may be (知晓率, 规范管理率): a longer rest holds more than an act. */
const MAX_FIRST_ACT = 5;

/**
 * Rates of one population listed after it, the later ones by their act alone (高血压患者知晓率、治疗率、控制率; 严重精神障碍患者
 * 检出率、管理率): health and service statistics name each rate with the population it is taken over (高血压患者治疗率), which the
 * first names before its own act. Only a population of people (grammar peopleNounEnds, joinHeads) right before a short act
 * (MAX_FIRST_ACT: 县人民政府…报备率 holds no population 县人), and later acts of two characters (MAX_BARE_RATE): a longer later name
 * may hold a subject of its own (婴儿死亡率).
 */
function withSharedPopulation(names: string[], g: IndicatorGrammar): string[] {
  const first = names[0] ?? '';
  if (g.rateNameHeads.endingAt(first, first.length) === undefined) return names;
  let population = '';
  for (let k = first.length - 2; k >= Math.max(2, first.length - MAX_FIRST_ACT) && population === ''; k--) if (nounKind(first.slice(0, k), g) === 'people') population = first.slice(0, k);
  if (population === '') return names;
  return names.map((name, i) => (i > 0 && name.length <= MAX_BARE_RATE && g.rateNameHeads.endingAt(name, name.length) !== undefined && HAN_ONLY.test(name) ? population + name : name));
}

/** Whether a noun ends as one of people or of a place (grammar peopleNounEnds, placeNounEnds; a population word is people's, an
 *  institution word a place's), or undefined. */
function nounKind(noun: string, g: IndicatorGrammar): 'people' | 'place' | undefined {
  if (g.placeNounEnds.endingAt(noun, noun.length) !== undefined || g.institutionHeads.endingAt(noun, noun.length) !== undefined) return 'place';
  return g.peopleNounEnds.endingAt(noun, noun.length) !== undefined || g.joinHeads.endingAt(noun, noun.length) !== undefined ? 'people' : undefined;
}

/** Fewest characters of a thing counted after the verb that opens a list of them: fewer is a noun the verb starts (培训机构). */
const MIN_ACTED_NOUN = 3;

/**
 * The verb that opens the first of the things listed before their counts (新增规上工业企业、高新技术企业; 培训乡村医生、村卫生室
 * 人员): it counts each of them, as a verb before one object does. Undefined when the first conjunct is a noun the verb starts
 * (培训机构, 建设用地: too short after it), a term whose verb is part of it (新增城镇就业: verbNouns), or the last has a verb of its
 * own.
 */
/**
 * Where the verb of a list of objects stands inside its first conjunct, after the subject that sets them up (二级以上医院设置|老年医学科、
 * 康复医学科各1个, 各乡镇分别建设|健康步道、健康广场各1处): the list's first object starts with it. Undefined where the conjunct opens
 * with no such verb after its first character, or leaves fewer than three characters of object.
 */
export function verbInsideFirst(text: string, parts: readonly Span[], g: IndicatorGrammar): number | undefined {
  const first = parts[0];
  if (!first || parts.length < 2) return undefined;
  const hit = g.objectVerbsBeforeNoun.indexIn(text, first.start + 1, first.end);
  return hit && first.end - hit.index - hit.word.length >= MIN_ACTED_NOUN ? hit.index : undefined;
}

export function verbOverConjuncts(text: string, parts: readonly Span[], g: IndicatorGrammar): string | undefined {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last || parts.length < 2) return undefined;
  const verb = g.objectVerbsBeforeNoun.startingAt(text, first.start);
  if (!verb || first.end - first.start - verb.length < MIN_ACTED_NOUN || g.verbNouns.startingAt(text, first.start) || g.objectVerbsBeforeNoun.startingAt(text, last.start)) return undefined;
  return verb;
}

/** Most characters a group of a parallel list may have (农贸市场, 建筑工地, 养老服务机构). */
const MAX_PARALLEL_GROUP = 6;

/** Whether three or more conjuncts list groups of one length `n` before the last one's tail: every conjunct but the last is
 *  n Han characters, and the last is longer than n. */
function parallelGroups(text: string, parts: readonly Span[], n: number): boolean {
  if (parts.length < 3 || n > MAX_PARALLEL_GROUP) return false;
  const last = parts[parts.length - 1] as Span;
  return last.end - last.start > n && parts.slice(0, -1).every((p) => { const w = text.slice(p.start, p.end); return w.length === n && HAN_ONLY.test(w); });
}

/**
 * Where the tail shared with `s` starts in the last conjunct when the two are parallel words: the last one's first
 * `s.length` characters end in the same character as `s` (一般登记、抵押登记业务办理时间 → 一般登记业务办理时间; A类、B类项目
 * 审批时间 → A类项目审批时间), and what follows is longer than the head word with two characters before it, which the tail
 * is otherwise guessed to be. Undefined when they are not.
 */
function parallelTail(s: string, last: string, head: string): number | undefined {
  const at = s.length;
  return last.length - at >= head.length + 2 && last[at - 1] === s[at - 1] ? at : undefined;
}

/**
 * Where the tail shared with conjunct `s` starts in the last conjunct when the last one opens with a word parallel to `s`, before
 * `join`, where the tail would otherwise start: right after that word. Parallel are a short word and one as long that ends in the
 * same character (二级 | 三级公立医院…, 甲级 | 乙级村卫生室…), and two kinds of place or tiers of government (城市 | 农村医疗机构…,
 * 县级 | 乡镇医疗机构…; grammar placeGroups). Undefined when the last one opens with no such word.
 */
function parallelWord(s: string, last: string, join: number, g: IndicatorGrammar): number | undefined {
  if (s.length <= MAX_GROUP && s.length < join && HAN_ONLY.test(s) && last[s.length - 1] === s[s.length - 1]) return s.length;
  const place = placeOrTier(last, g);
  return place !== undefined && place.length < join && placeOrTier(s, g) === s ? place.length : undefined;
}

/** A kind of place (城市, 乡镇; grammar placeGroups) or a tier of government (县级, 乡镇级) opening `s`. */
function placeOrTier(s: string, g: IndicatorGrammar): string | undefined {
  return g.governmentTiers.startingAt(s, 0) ?? g.placeGroups.startingAt(s, 0);
}

/**
 * Where the tail shared with `s` starts in the last conjunct when both end in the word of their class, the one character
 * that names it (宫颈癌 | 乳腺癌筛查覆盖率 → 宫颈癌筛查覆盖率: 癌): right after that character in the last one, when more than
 * the head word follows it. Undefined when the class character is not there.
 */
function sameClassTail(s: string, last: string, head: string): number | undefined {
  const at = last.indexOf(s[s.length - 1] as string, 1);
  return at > 0 && last.length - at - 1 > head.length ? at + 1 : undefined;
}

/**
 * Where the tail shared with `s` starts in the last conjunct when both end in the same word, the last one with a tail after it
 * (水稻全程托管 | 多环节托管面积 → 水稻全程托管面积: the kinds of 托管, then what is measured of them). Undefined when they do not.
 */
function sameWordTail(s: string, last: string): number | undefined {
  const same = last.lastIndexOf(s.slice(-SAME_TAIL));
  return same > 0 && same + SAME_TAIL < last.length ? same + SAME_TAIL : undefined;
}

/**
 * Where the last kind of a list ends when the kinds before it are `n` characters long: at `n`, or one further where the character
 * there closes a noun of goods or kinds (果蔬、肉类、水产品冷链流通率: 水产|品 → 水产品) and more than the head word follows it; a
 * closer that opens a word of the tail (蔬菜、水果品牌价值: 品牌) is the tail's.
 */
function kindEnd(last: string, n: number, head: string, g: IndicatorGrammar): number {
  return g.kindClosers.startingAt(last, n) !== undefined && last.length - n - 1 > head.length ? n + 1 : n;
}

/** How long a group named after its institution may be (门诊, 住院, 急诊). */
const MAX_OWNED_GROUP = 3;

/** Where a short group of services after an institution starts in a conjunct (三级公立医院|门诊), or 0 when the conjunct is not
 *  so. People after an institution (企业|负责人) name a population of their own, which the next conjunct need not share. */
function ownerBeforeGroup(s: string, g: IndicatorGrammar): number {
  for (let k = s.length - 2; k >= s.length - MAX_OWNED_GROUP && k > 0; k--) {
    const group = s.slice(k);
    // The institution is named with a qualifier before its head (三级公立医院), not by a head alone (中心 of 中心城区, a place).
    const institution = g.institutionHeads.endingAt(s, k);
    if (institution && institution.length < k && !g.placeGroups.has(s) && HAN_ONLY.test(group) && !g.institutionHeads.indexIn(group) && !g.joinHeads.indexIn(group) && !PERSON_END.test(group)) return k;
  }
  return 0;
}

/**
 * Where a conjunct's own words start after the population that opens it (适龄妇女|宫颈癌), when the last conjunct names no population
 * or institution of its own and closes a statistic of people, a rate or a head count (乳腺癌筛查率, 乳腺癌筛查人数), and the rest of
 * this one is a group short of a metric (宫颈癌, not 健康管理率); else 0. A population word before goods (婴幼儿配方乳粉、酒类监督抽检)
 * names a kind of goods, whose checks are counted in batches, no statistic of the population. Institutions are ownerBeforeGroup's.
 */
function populationBeforeGroup(s: string, last: string, g: IndicatorGrammar): number {
  if (g.rateNameHeads.endingAt(last, last.length) === undefined && !last.endsWith(HEAD_COUNT)) return 0;
  const people = g.joinHeads.indexIn(s);
  if (people === undefined || g.institutionHeads.has(people.word)) return 0;
  // Population words written together are one population (儿童青少年).
  let end = people.index + people.word.length;
  for (let next = g.joinHeads.startingAt(s, end); next !== undefined && !g.institutionHeads.has(next); next = g.joinHeads.startingAt(s, end)) end += next.length;
  const rest = s.slice(end);
  // A population word inside an institution's name (医共体成员单位) is no population of the conjunct.
  const plain = (w: string): boolean => g.joinHeads.indexIn(w) === undefined && g.institutionHeads.indexIn(w) === undefined;
  return rest.length > 0 && HAN_ONLY.test(rest) && !endsInHead(rest, g) && plain(rest) && plain(last) ? end : 0;
}

/** The head of a count of people (筛查人数). */
const HEAD_COUNT = '人数';

/** The base of population or households a ratio is counted per, opening its name (每千人口, 每万常住人口, 每百户). */
export const PER_BASE_LEAD = /^每[0-9一二三四五六七八九十百千万]+(?:常住)?(?:人口|人|户|名)/u;

/** A word for people (负责人, 监督员). */
const PERSON_END = /[人员者]$/u;

/** A count of levels (两级, 三级) after a list of them: 市、县两级, 县、乡、村三级; or of the kinds a list names of the class
 *  after it (丝绸纺织、光电通信两大产业集群: each a 产业集群 of its own, as 两大/三大 tally the members listed before). */
const TIERS = /([两二三四五六])[级大]/u;
const TIER_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** A short quoted label that opens with a count (“两病”, "三高"). */
const COUNTED_LABEL = han(/[“"‘「]([两二三四五六])\p{Script=Han}{1,3}[”"’」]/u);

/** Whether a conjunct holds, after its own words, a quoted label whose count is the number of conjuncts (糖尿病“两病”患者, 2). */
function groupLabel(last: string, parts: number): boolean {
  const m = COUNTED_LABEL.exec(last);
  return m !== null && m.index > 0 && TIER_COUNT[m[1] as string] === parts;
}

/** Where a count of levels that matches the number of conjuncts stands in the last conjunct after its own level. */
function tierWord(last: string, parts: number): { index: number; length: number } | undefined {
  const m = TIERS.exec(last);
  if (!m || m.index === 0 || TIER_COUNT[m[1] as string] !== parts || m.index + m[0].length >= last.length) return undefined;
  return { index: m.index, length: m[0].length };
}


/**
 * Groups listed after the metric they part, before a distributor (每百名学生拥有高于规定学历教师数小学、初中分别达到4.2人、
 * 5.3人以上; 校际差异系数小学、初中分别不高于0.50、0.45), as the evaluation standards of 义务教育优质均衡 and statistics
 * by sex write them: the first conjunct is the metric with the first group at its end, the others are groups of the
 * same short length. Each group is named before the metric (小学每百名学生…, 初中每百名学生…). Undefined when the
 * conjuncts are not so: a first conjunct that ends in a head word (规上工业增加值、固投) is a metric of its own, and one whose
 * rest before the group ends in none is no metric with a group after it.
 */
export function trailingGroups(text: string, parts: Span[], g: IndicatorGrammar): string[] | undefined {
  const first = parts[0];
  if (!first || parts.length < 2) return undefined;
  const groups = parts.slice(1).map((p) => text.slice(p.start, p.end).trim());
  const n = (groups[0] as string).length;
  if (n > MAX_GROUP || groups.some((w) => w.length !== n || !HAN_ONLY.test(w) || endsInHead(w, g))) return undefined;
  const s = text.slice(first.start, first.end).trim();
  if (s.length < n + 2 || endsInHead(s, g)) return undefined;
  const metric = s.slice(0, s.length - n);
  // (the rest must read as a metric, ending in its head: 校际差异系数 | 小学; not 品质浙货系 | 列展会, a noun cut inside a word)
  if (!endsInHead(metric, g) && g.statisticEnds.endingAt(metric, metric.length) === undefined) return undefined;
  return [s.slice(-n), ...groups].map((w) => w + metric);
}

const endsInHead = (s: string, g: IndicatorGrammar): boolean =>
  g.metricHeads.endingAt(s, s.length) !== undefined || g.amountHeads.endingAt(s, s.length) !== undefined || g.unitlessHeads.endingAt(s, s.length) !== undefined;

/** The group of `s`'s pair (grammar pairedWords: 城镇/农村, 男性/女性) that `last` starts with, when `s` is one of a pair. */
function pairedGroup(s: string, last: string, g: IndicatorGrammar): string | undefined {
  for (const [, groups] of g.pairedWords) {
    if (!groups.includes(s)) continue;
    const other = groups.find((w) => w !== s && last.startsWith(w) && last.length > w.length);
    if (other !== undefined) return other;
  }
  return undefined;
}

/**
 * A bracketed aside that states what is included or gives examples (强排区(含富盛园区）, 管材（如
 * 灰铁管）) is no part of a name; a bracket that completes a word (执业(助理)医师, 骨干（市、区管）河道) is.
 * Nor is one that defines a short form for later use (紧密型县域医共体（以下简称“医共体”）, the 简称 of GB/T 9704 writing).
 */
const ASIDE_START = /^(?:含|不含|包括|包含|如|例如|其中|以下简称|下称|简称|以下称)/u;

function dropAsides(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '(' || c === '（') {
      let j = i + 1;
      while (j < s.length && !'()（）'.includes(s[j] as string)) j++;
      if (j < s.length && (s[j] === ')' || s[j] === '）')) {
        const inner = s.slice(i + 1, j);
        if (ASIDE_START.test(inner)) {
          i = j + 1;
          continue;
        }
        out += s.slice(i, j + 1);
        i = j + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** A count in digits with the unit 个 at the start of a name (18个国考断面…). */
const LEADING_COUNT = /^[0-9０-９]+个/u;

/** The batch of a list of titles a count is won in (创建第五批省级未来乡村1个): a label of the batch, as 第三批 alone is, not of the thing. */
const LEADING_BATCH = /^第[一二三四五六七八九十0-9０-９]+批(?!次)/u;

/** A circled number is no part of a name: before it, the marker of a list item (①城乡居民健康素养水平…); after a term
 *  (“15分钟健身圈”②, 智改数转③), the mark of a note a report explains after its body (注释). */
const CIRCLED_NUMBER = /[\u2460-\u2473]/gu;

/** Markdown emphasis around or inside a name (**城镇新增就业**, the ** that closes a bold run-in title before it) is markup,
 *  and a lone * after a term the mark of a note (森林覆盖率*), as a circled number is: no part of the name. */
const EMPHASIS = /\*+|_{2,3}/gu;

/** Emoji and block or geometric bullets (🔹, ▌, ■, ◆, ●) that 公众号 and portal copies set before items, also mid-line where
 *  the line breaks were lost: decorations, no part of a name (○, a zero in 二○二五, stays). */
const DECORATION = /[\p{Extended_Pictographic}\u2580-\u259F\u25A0-\u25CA\u25CC-\u25FF\uFE0F\u200D]/gu;

/** The word for an indicator itself (上述指标). */
const INDICATOR_WORD = '指标';

/** A count of items before the word for an indicator (两项指标, 三项指标). */
const ITEMS_COUNTED = /^[两二三四五六七八九十]项/u;

/** Whether a name only points back at several metrics named before it: the word for an indicator after a demonstrative (上述指标,
 *  grammar anaphors), a count of items (两项指标) or both (以上三项指标, 上述两项指标). */
export function pointsBackAtMetrics(name: string, g: IndicatorGrammar): boolean {
  if (!name.endsWith(INDICATOR_WORD)) return false;
  let rest = name.slice(0, -INDICATOR_WORD.length);
  const pointer = g.anaphors.startingAt(rest, 0) ?? (rest.startsWith('以上') ? '以上' : undefined);
  if (pointer !== undefined) rest = rest.slice(pointer.length);
  const count = ITEMS_COUNTED.exec(rest)?.[0];
  if (count !== undefined) rest = rest.slice(count.length);
  return rest === '' && (pointer !== undefined || count !== undefined);
}

/** A demonstrative and a metric head alone (该比例, 这一比重, 上述指标: grammar anaphors) stand for the metric named before them,
 *  `before`, when there is one; any other name is returned as it is. */
export function antecedent(name: string, before: string | undefined, g: IndicatorGrammar): string {
  const pointer = before === undefined ? undefined : g.anaphors.startingAt(name, 0);
  if (pointer === undefined || before === undefined) return name;
  const head = name.slice(pointer.length);
  return g.metricHeads.has(head) || head === INDICATOR_WORD ? before : name;
}

/** The verb every task-share name opens with (grammar taskShareNames) and what statistics call the share (完成进度). */
const TASK_DONE = '完成';
const TASK_SHARE = '完成进度';

/** A share of a task done (完成年度目标任务的52%) named by the amount before it: 实际到位资金 → 实际到位资金年度目标任务完成进度. */
export function taskShareName(name: string, before: string | undefined, g: IndicatorGrammar): string {
  if (before === undefined || !g.taskShareNames.has(name)) return name;
  return before + name.slice(TASK_DONE.length) + TASK_SHARE;
}

/** An open bracket that ends a metric: the value stands in brackets after the name (天城镇（63.1%）). */
const OPEN_VALUE_BRACKET = /[（(]$/u;

/** A year that opens what follows a scope (全市|2026年…, 我县|2025年底…). */
const SCOPED_YEAR = /^(?:19|20)\d{2}年(?:度|底|末)?/u;

/** The metric as reported: scope words dropped, spaces removed, a dropped 岁 restored (65以上老年人). */
export function metricName(raw: string, g: IndicatorGrammar): string {
  let s = dropAsides(raw.replace(/\s+/gu, '').replace(CIRCLED_NUMBER, '').replace(EMPHASIS, '').replace(DECORATION, ''));
  if (g.conditionFrames) s = s.replace(g.conditionFrames, '');
  s = s.replace(g.treasuryAllotment, '');
  if (g.assignedQuota) s = s.replace(g.assignedQuota, '');
  // A unit's value in brackets after its name (天城镇（63.1%）): the open bracket is no part of the name; in a ranked list
  // (前三位依次为天城经济开发区（68.4%）) neither is the list's label before its introducer.
  if (OPEN_VALUE_BRACKET.test(s)) {
    s = s.replace(OPEN_VALUE_BRACKET, '');
    for (let i = 0; i < s.length; i++) {
      const w = g.rankedListIntroducers.startingAt(s, i);
      if (w !== undefined && s.length - i - w.length >= 2) {
        s = s.slice(i + w.length);
        break;
      }
    }
  }
  const scope = g.scope.exec(s);
  if (scope && scope[0].length < s.length) s = s.slice(scope[0].length);
  // A year right after the scope (全市2026年婴儿死亡率为3.1‰) dates the statement, as it does opening the clause: the year is read
  // by the date stage, no part of the name.
  const scopedYear = scope ? SCOPED_YEAR.exec(s) : null;
  if (scopedYear && s.length - scopedYear[0].length >= 2) s = s.slice(scopedYear[0].length);
  const batch = LEADING_BATCH.exec(s);
  if (batch && s.length - batch[0].length >= 2) s = s.slice(batch[0].length);
  s = withoutCountedScope(s, g, scope !== null);
  // A reach verb before a term that holds its own verb (完成义务植树, 完成新增城镇就业) only says the term's amount is reached.
  const reach = g.reachVerbs.startingAt(s, 0);
  if (reach && reach.length < s.length && g.verbNouns.endingAt(s, s.length) !== undefined) s = s.slice(reach.length);
  // The span the amount is counted over is no part of its name (三年累计培训4500人次 → 培训); 新增 stays (三年新增 → 新增), as
  // does the verb of a work done over the span (三年新建高标准农田60万亩 → 新建高标准农田).
  const years = LEADING_YEARS.exec(s);
  // The words that spread the span over its years (三年分别新建…) go with it.
  const span = years ? (g.planSpanWords.startingAt(s, years[0].length) ?? g.yearByYearWords.startingAt(s, years[0].length) ?? g.objectVerbs.startingAt(s, years[0].length)) : undefined;
  if (years && span && years[0].length + span.length < s.length) s = s.slice(years[0].length + (g.incrementVerbs.has(span) || g.objectVerbs.has(span) ? 0 : span.length));
  // An age written without 岁 before a population word: 65以上老年人 → 65岁以上老年人.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    out += s[i];
    const c = s[i] as string;
    if (c >= '0' && c <= '9' && !/[0-9.]/u.test(s[i + 1] ?? '')) {
      const rest = s.slice(i + 1);
      const m = /^(?:及)?以[上下]/u.exec(rest);
      if (m && g.joinHeads.startingAt(rest, m[0].length)) out += '岁';
    }
  }
  let name = withoutUnitBracket(withoutTrailingSum(withoutInnerAdverbs(out, g), g), g);
  // A list end (等) that closes the name closes the list an amount after it sums (违规发放津贴补贴等428.6万元): no part of the
  // name; a word that holds one (优等, 同等) stays.
  const listEnd = g.listEnds.endingAt(name, name.length);
  if (listEnd !== undefined && name.length > listEnd.length + 1 && !insideWord(name, name.length - listEnd.length, g.notListEnds)) name = name.slice(0, -listEnd.length);
  // The verb that puts the metric into a rank cut, and the ranking's scope after it, end the name before 前N (…医院排名进入前15位,
  // 综合排名保持在全省前3位): the name is the metric before the verb.
  const scopeEnd = g.rankScopes.endingAt(name, name.length);
  const rankVerb = g.rankEntryVerbs.endingAt(name, name.length - (scopeEnd?.length ?? 0));
  if (rankVerb !== undefined && name.length - (scopeEnd?.length ?? 0) - rankVerb.length >= 2) name = name.slice(0, name.length - (scopeEnd?.length ?? 0) - rankVerb.length);
  // A preposition that opens the basis an amount is set on (维修养护经费按每人每年不低于8元, 新建居住区按照每千人口…) ends the
  // subject before it: the basis follows, no part of the name.
  const basis = g.provisionOpeners.endingAt(name, name.length);
  if (basis !== undefined && name.length - basis.length >= 2) name = name.slice(0, -basis.length);
  name = name.slice(0, measureFrameStart(name, g));
  name = fundAccountName(name, g);
  // A joiner at either end joins nothing of the name, unless it ends a word (惠及, 涉及, 参与: a name of a verb alone).
  const kept = g.notJoiners.endingAt(name, name.length);
  return servedName(kept ? name.replace(/^[,，、的]+/u, '') : name.replace(/^[,，、的]+|(?:[,，、的]|和|及|与|以及|或)+$/gu, ''), g);
}

/**
 * An account written as the verb before the fund it is of (累计支出医保基金236.8亿元, 收入统筹基金12亿元): the fund's account
 * (医保基金支出), as fund statistics name it (grammar fundAccounts, fundHolders). Other names as they are.
 */
function fundAccountName(name: string, g: IndicatorGrammar): string {
  const account = g.fundAccounts.startingAt(name, 0);
  if (account === undefined) return name;
  const fund = name.slice(account.length);
  const holder = g.fundHolders.endingAt(fund, fund.length);
  return holder !== undefined && fund.length > holder.length ? fund + account : name;
}

/**
 * The name of an amount of work done without the reach verb (完成, 实现) that opens it (完成营造林面积 → 营造林面积, 完成城中村
 * 改造 → 城中村改造, 实现利润 → 利润): the verb only says the amount is reached, and statistics name the work done. Not a term of
 * its own (完成投资: reachTerms), nor a clause that 的 makes a modifier (完成治理任务的企业: the firms that complete it); which
 * amounts are work done (counts and sizes, not a share or a time) is the caller's to decide.
 */
export function doneWorkName(name: string, g: IndicatorGrammar): string {
  // A sum word before the verb (共完成, 累计完成, 共计实现) says the amount is a total, as the verb says it is reached: it goes too.
  const total = g.totalWords.startingAt(name, 0);
  const at = total !== undefined && g.reachVerbs.startingAt(name, total.length) !== undefined ? total.length : 0;
  const reach = g.reachVerbs.startingAt(name, at);
  return reach && name.length - at - reach.length >= 2 && !g.reachTerms.startingAt(name, at) && !name.includes('的') ? name.slice(at + reach.length) : name;
}

/**
 * A name of the people or institutions 为 opens a service or equipment for, as statistics name them (grammar servicesReceived,
 * equipmentProvided): 为尘肺病患者提供康复服务 → 尘肺病患者康复服务, 为村卫生室更新信息化设备 → 更新信息化设备的村卫生室. Other names as they are.
 */
export function servedName(name: string, g: IndicatorGrammar): string {
  // A yearly quota may open the clause before 为 (每年为失能老年人开展健康评估…): it stays, the served are named after it.
  const yearly = g.everyYearWords.startingAt(name, 0);
  if (yearly && name[yearly.length] === '为') return yearly + servedName(name.slice(yearly.length), g);
  if (name.startsWith('对')) return measuredName(name, g);
  if (!name.startsWith('为')) return name;
  const parts = serviceParts(name, 1, g);
  // A service named by a verb noun after the people it reaches (为全县65岁及以上老年人免费体检): the people and the service.
  if (!parts || parts.what === '') {
    const served = name.slice(1 + (g.scope.exec(name.slice(1))?.[0].length ?? 0));
    return served.length > 2 && g.verbNouns.endingAt(served, served.length) ? served : name;
  }
  if (parts.who.length < 2 || parts.what.length < 2) return name;
  const scope = g.scope.exec(parts.who)?.[0].length ?? 0;
  const who = parts.who.slice(scope);
  if (who.length < 2) return name;
  if (g.servicesReceived.has(parts.verb)) return who + withoutAspect(parts.what, g);
  return g.equipmentProvided.has(parts.verb) ? doneToWith({ ...parts, who }, g) : name;
}

/** The object of a service verb without the aspect particle the verb carried (提供了免费体检 → 免费体检). */
function withoutAspect(what: string, g: IndicatorGrammar): string {
  const particle = g.aspectParticles.startingAt(what, 0);
  return particle !== undefined && what.length - particle.length >= 2 ? what.slice(particle.length) : what;
}

/**
 * A name of the things 对 opens a measure on (对38家公立医院开展绩效考核, 对120家规上工业企业实行月度监测调度): the things counted,
 * named by the measure done to them (开展绩效考核的公立医院, 逐户走访的外贸企业), a noun phrase as the sites 在 opens are named
 * (siteName). As it is when no measure verb of benefactiveVerbs follows them.
 */
function measuredName(name: string, g: IndicatorGrammar): string {
  const parts = serviceParts(name, 1, g);
  // A verb with no object is the measure only after an adverb of how each is reached (逐户走访); a light verb cut from its object
  // (对312处隐患点每月开展|1次巡查) names nothing.
  if (!parts || (parts.what === '' && g.mannerAdverbs.endingAt(parts.who, parts.who.length) === undefined)) return name;
  const who = parts.who.slice(g.scope.exec(parts.who)?.[0].length ?? 0);
  // Things with an attribute of their own (对8座处于病险状态的水闸实施除险加固) would take a second 的: named as written.
  return who.length < 2 || who.includes('的') ? name : doneToWith({ ...parts, who }, g);
}

/** Those the verb and its object apply to, named by them; an adverb of how each is reached between them and the verb
 *  (为50家重点企业“一对一”配备服务专员, 对80家重点企业逐户走访) goes with the verb. */
function doneToWith(parts: { who: string; verb: string; what: string }, g: IndicatorGrammar): string {
  const manner = g.mannerAdverbs.endingAt(parts.who, parts.who.length);
  return manner && parts.who.length - manner.length >= 2 ? doneTo({ ...parts, who: parts.who.slice(0, -manner.length), verb: manner + parts.verb }) : doneTo(parts);
}

/** The sites a measure is carried out in, named by the measure (县（市、区）开展…试点 → 开展…试点的县（市、区）). */
export function siteName(clause: string, g: IndicatorGrammar): string {
  const parts = serviceParts(clause, 0, g);
  return parts && parts.who !== '' ? doneTo(parts) : clause;
}

/** The people or places before a service verb found from `from`, the verb, and what it gives or does. */
function serviceParts(text: string, from: number, g: IndicatorGrammar): { who: string; verb: string; what: string } | undefined {
  const verb = g.benefactiveVerbs.indexIn(text, from);
  return verb ? { who: text.slice(from, verb.index), verb: verb.word, what: text.slice(verb.index + verb.word.length) } : undefined;
}

/** Those the verb and its object apply to, named by them (更新信息化设备的村卫生室). */
const doneTo = ({ who, verb, what }: { who: string; verb: string; what: string }): string => `${verb}${what}的${who}`;

/**
 * The unit a name states in brackets at its end (婴儿死亡率（‰）, 人均体育场地面积（平方米）) is the value's, no part of the name; not
 * after a noun that ends in a classifier itself (可循环快递箱（盒）, 设备台（套）): there the bracket names the other form of the thing.
 */
function withoutUnitBracket(s: string, g: IndicatorGrammar): string {
  const close = s[s.length - 1];
  if (close !== '）' && close !== ')') return s;
  const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  if (open <= 0 || g.units.get(s[open - 1] as string)?.kind === 'count') return s;
  const inner = s.slice(open + 1, -1);
  return inner !== '' && g.unitWords.startingAt(inner, 0) === inner ? s.slice(0, open) : s;
}

/** A count of units opening a rate's name (18个国考断面水质优良比例 → 国考断面水质优良比例): how many units the rate is measured on,
 *  a scope. Only the count unit 个 itself (个月, 个百分点 are units of their own: 6个月以下婴儿纯母乳喂养率 keeps its age), and
 *  not a count bounded by a comparator (3个以上专科的医院比例: a class of units). After the whole territory (`scoped`: 全乡 was
 *  dropped before it), a count of its divisions opens any measure taken in each of them (全乡9个村集体经济收入 → 村集体经济收入):
 *  how many divisions the territory has, no part of the name either. */
function withoutCountedScope(s: string, g: IndicatorGrammar, scoped = false): string {
  const count = LEADING_COUNT.exec(s);
  if (!count) return s;
  if (g.countedScopeHeads.endingAt(s, s.length) === undefined && !(scoped && g.divisionNouns.startingAt(s, count[0].length) !== undefined)) return s;
  const at = count[0].length - 1;
  if (g.unitWords.startingAt(s, at) !== '个' || g.after.startingAt(s, at + 1) !== undefined) return s;
  return s.length - count[0].length >= 2 ? s.slice(count[0].length) : s;
}

/** A sum word that ends a name (grammar totalWords of two characters: a name may end with 共, 中共), with the number of years it sums
 *  over (外贸进出口总额累计完成96亿元 → 外贸进出口总额, 民生支出五年合计312亿元 → 民生支出): the adverb of the verb after it, no part of the
 *  name, as it is none inside one (innerAdverbs). */
function withoutTrailingSum(s: string, g: IndicatorGrammar): string {
  const sum = g.totalWords.endingAt(s, s.length);
  if (sum === undefined || sum.length < 2) return s;
  const cut = yearsCountStart(s, s.length - sum.length) ?? s.length - sum.length;
  // (a digit right before the sum word ends a number, of which the word is none: 2025累计)
  if (cut === s.length - sum.length && isDigitCode(s.charCodeAt(cut - 1))) return s;
  return cut >= 2 ? s.slice(0, cut) : s;
}

/** Drops the adverbs that stand inside a name after its subject (三岛共整治河道 → 三岛整治河道), not the first word, nor a word inside
 *  quotation marks, a term cited whole (推广“稻蟹共生”模式). */
function withoutInnerAdverbs(s: string, g: IndicatorGrammar): string {
  let out = s.slice(0, 1);
  let quoted = s[0] === '“';
  for (let i = 1; i < s.length; ) {
    if (s[i] === '“') quoted = true;
    else if (s[i] === '”') quoted = false;
    const w = quoted ? undefined : g.innerAdverbs.startingAt(s, i);
    const perUnit = w?.startsWith('每') === true && s.lastIndexOf('每', i - 1) >= 0;
    // (a verb that heads a relative clause of the name's head noun stays: 公益金安排养老服务的资金占比)
    const clauseVerb = w !== undefined && g.innerClauseVerbs.has(w) && s.indexOf('的', i + w.length) > 0;
    if (w && !perUnit && !clauseVerb && i + w.length < s.length && !insideWord(s, i, g.notInnerAdverbs) && !g.notInnerAdverbs.startingAt(s, i)) {
      i += w.length;
      continue;
    }
    out += s[i];
    i++;
  }
  return out;
}

/** Whether a word of need opens the predicate at text[k] (需加快, 亟待), before `end`, the clause's end. */
function needAt(text: string, k: number, end: number, g: IndicatorGrammar): boolean {
  const word = g.needWords.startingAt(text, k);
  if (!word || g.notNeedWords.startingAt(text, k) || g.notNeedWords.startingAt(text, k - 1)) return false;
  // 需要 that closes its clause is the noun "needs" (满足…安置需要).
  return !(text.startsWith('需要', k) && k + 2 >= end);
}

/** First index of `ch` outside brackets (管材（灰铁管、塑料管）: the 、 is inside), or -1. */
function topLevelIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPENER[c] === 1) depth++;
    else if (CLOSER[c] === 1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i] === ch) return i;
  }
  return -1;
}

/** The word of a goal, in the labels that name a target itself (目标任务, 年度目标). */
const GOAL = '目标';

/** How far back from a unit's end its number is looked for. */
const UNIT_REACH = 8;

/** Whether the number before the unit ending at `unitEnd` follows a 的 (市下达的8360万元): the units are a few characters without digits. */
function valueAfterOf(text: string, unitEnd: number): boolean {
  let i = unitEnd - 1;
  while (i >= 0 && unitEnd - i <= UNIT_REACH && !isDigitCode(text.charCodeAt(i))) i--;
  while (i >= 0 && (isDigitCode(text.charCodeAt(i)) || text[i] === '.')) i--;
  return text[i] === '的';
}

/** A bracket holding a number before it closes (（预算资金300万元）). */
const BRACKET_WITH_NUMBER = /^[（(][^（()）]*[0-9０-９][^（()）]*[）)]/u;

/** The last two cells of a task list's row, and nothing else: the office that carries the task out (慢病科, 应急办, 监督一股,
 *  疾控中心) and its deadline (12月底, 9月底前, 年底前, 每月, 每季度). */
const ROW_DUTY_CELLS = han(/^\s*\p{Script=Han}{1,10}(?:科|室|办|股|处|中心|局|委)\s*(?:\d{1,2}月(?:底|末|上旬|中旬|下旬)?前?|年底前?|年内|每月|每季度|每半年|全年|长期)\s*$/u);

/** Whether text[from, to) holds a digit, full or half width. */
function digitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** The clause right before the one at `clause`, across a comma, in the sentence from `s` (its end trimmed); undefined otherwise. */
export function clauseBefore(text: string, s: number, clause: number): string | undefined {
  if (clause - 1 <= s || !/[，,]/u.test(text[clause - 1] as string)) return undefined;
  return text.slice(clauseStart(text, clause - 1, s), clause - 1).trimEnd();
}

/**
 * The noun counted by a quantity, after its unit: up to the next quantity or clause stop, after
 * the last 的 of a modifier (符合条件的社区卫生服务中心), cut at a head noun.
 */
export function objectNoun(text: string, from: number, limit: number, sentenceEnd: number, first: boolean, g: IndicatorGrammar): Span | undefined {
  let start = from;
  const after = g.after.startingAt(text, start);
  if (after) start += after.length;
  // Past the other counts of a list that share the noun after the last (分别建成30个、50个智慧健康驿站): up to the next value.
  const shared = sharedNounStart(text, from, g);
  if (shared !== undefined) {
    start = shared;
    limit = nextValueStart(text, shared, sentenceEnd);
  }
  // A label of the target itself closing the clause after the unit (完成托位每千人口4.5个的目标任务; 完成粮食总产量38.5万吨目标任务):
  // nothing after the unit is counted. Without 的 only a label of a 目标 after a metric: a 任务 right after a count may be what it
  // counts (完成30项任务), and a value that follows a 的 heads its noun phrase with the label (完成市下达的8360万元目标任务).
  const of = text[start] === '的';
  if (of) start++;
  const label = g.targetLabels.startingAt(text, start);
  if (label && (of || (label.includes(GOAL) && !valueAfterOf(text, from))) && (start + label.length >= sentenceEnd || CLAUSE_STOP_CODES[text.charCodeAt(start + label.length)] === 1)) return undefined;
  // A bound on the size of each thing counted, between the count and its noun (建成1支不少于20人的综合性应急救援队伍, 新建2个
  // 不低于500平方米的社区食堂): the noun follows the bound's 的, past the size's own quantity.
  const sized = afterSizeBound(text, start, g);
  if (sized > start) {
    start = sized;
    // Up to the next number: a list's next member (…的老年食堂和2个100平方米以上的托育点) has a count and a noun of its own.
    limit = nextValueStart(text, sized, sentenceEnd);
  }
  // The counted noun follows the unit directly: after 、 comes the next member of a list, and so it does after
  // 和/及/与 right before a number (新增学位3000个和2400个; not 和美乡村).
  if (start >= text.length || text[start] === '、' || CLAUSE_STOP_CODES[text.charCodeAt(start)] === 1) return undefined;
  // A closing bracket after the unit ends the aside the count stood in (…（醴陵市、攸县各1个）): no noun begins with it. Nor
  // with an opening one: a bracket right after the unit is an aside on the count (新建幼儿园5所（含改扩建）, 培训家庭医生200名（县级）),
  // what it counts was named before the number.
  if (text[start] === '）' || text[start] === ')' || text[start] === '（' || text[start] === '(') return undefined;
  const joiner = g.joiners.startingAt(text, start);
  if (joiner && readNumber(text, start + joiner.length)) return undefined;
  // Nor after 和/及/与 before the next counted object of a list (新建学校5所和幼儿园8所): a number follows in the clause
  // (和美乡村示范村 with no number after it is a noun).
  if (joiner && digitIn(text, start + joiner.length, clauseEnd(text, start, sentenceEnd))) return undefined;
  // A bracket that opens the breakdown of the count (水闸43座（其中：崇明岛27座…）) holds its parts, not its noun.
  if ((text[start] === '（' || text[start] === '(') && g.partWords.startingAt(text, start + 1)) return undefined;
  // So does one that states an amount of its own (新建城市书房5家（预算资金300万元）): an aside on the count, not its noun.
  if ((text[start] === '（' || text[start] === '(') && BRACKET_WITH_NUMBER.test(text.slice(start, start + MAX_NOUN))) return undefined;
  // A joiner before the next value of a list (50家、60家和70家) opens no noun.
  if (/^[和及与或]\s*[0-9０-９]/u.test(text.slice(start, start + 3))) return undefined;
  // A number right after the unit is the same thing counted in a second unit (搬迁避让320户1100人), no noun; unless it is
  // the size of each thing counted, a measure followed by the noun it sizes (2台66万千瓦煤电机组, 3座10万千瓦光伏电站).
  if (/^[0-9０-９]/u.test(text[start] ?? '') && !sizeOfEach(text, start, g)) return undefined;
  // What an amount is for (安排资金3000万元用于老旧小区改造) is its purpose, not a counted noun.
  if (g.purposeWords.startingAt(text, start)) return undefined;
  // Nor is what the people counted take part in (聘请社会监督员60名参与监督, 选派专家20名参加巡诊): a verb opens it, no noun.
  if (g.memberVerbs.startingAt(text, start)) return undefined;
  // Nor where the people counted are sent (选派骨干医师10名到上级医院进修, 派医师5名赴对口医院挂职): a trip word opens the place
  // they go to, no noun (a number right after it is the upper end of a range, 10名到15名, read elsewhere).
  const sentTo = g.tripWords.startingAt(text, start);
  if (sentTo && !isDigitCode(text.charCodeAt(start + sentTo.length))) return undefined;
  let end = Math.min(clauseEnd(text, start, sentenceEnd), limit, start + MAX_NOUN);
  end = beforeLabelledAside(text, start, end);
  // A task list's row closes with who carries the task out and by when (…演练 2 次 应急办 11月底: its cells parted by spaces,
  // which the reading text drops): when only those two cells follow the count, it names no noun after it. (The deadline may lie
  // past `limit`, which a date ends.)
  if (ROW_DUTY_CELLS.test(text.slice(start, clauseEnd(text, start, sentenceEnd)))) return undefined;
  // A word of need opens the predicate (…设施需加快提标改造): the noun ends before it.
  for (let k = start + 1; k < end; k++) {
    if (needAt(text, k, end, g)) {
      end = k;
      break;
    }
  }
  const heads = first ? g.institutionHeads : g.objectHeads;
  let region = text.slice(start, end);
  // Modifiers listed with commas before 的: 2个设施设备齐全,服务流程合理的高质量体检中心.
  // Not a noun that ends in an event or an oversight step (1次心理健康评估，对评估发现的高风险人员…): the event counted is named
  // in full in its clause (grammar eventNouns, procedureNouns), and what follows the comma is the next clause's.
  const wholeEvent = g.eventNouns.endingAt(region, region.length) !== undefined || g.procedureNouns.endingAt(region, region.length) !== undefined;
  // Nor past a comma that a preposition follows (1次胸部影像学筛查，对…的密切接触者): listed modifiers say what the thing is
  // (设施设备齐全), while 对/为 open what the next clause's act is done to or for.
  const nextClauseAdjunct = g.benefactivePrepositions.startingAt(text, end + 1) !== undefined;
  if (!region.includes('的') && !heads.indexIn(region) && !wholeEvent && !nextClauseAdjunct && end < Math.min(limit, sentenceEnd) && !SENTENCE_STOPS.has(text[end] ?? '')) {
    const next = Math.min(clauseEnd(text, end + 1, sentenceEnd), limit, start + MAX_NOUN);
    const more = text.slice(start, next);
    // …and only when the noun after that 的 is a counted thing (体检中心), not the next clause's
    // object (等22公里河道，充分发挥各泵闸的防汛除涝效能).
    const de = more.lastIndexOf('的');
    if (de > region.length && heads.indexIn(more, de + 1)) {
      end = next;
      region = more;
    }
  }
  let de = region.lastIndexOf('的');
  // 的 before a label closes a frame around the count (按照每辆救护车配备不少于5名急救人员的标准配齐人员): the noun ends there.
  if (de > 0 && g.labelWords.startingAt(text, start + de + 1)) {
    end = start + de;
    region = region.slice(0, de);
    de = region.lastIndexOf('的');
  }
  // A modifier opened by a verb of being in a state (46座存在安全隐患的小型水库) says which of the things are counted, as the
  // situation part names them (存在安全隐患的小型水库: grammar stateVerbs): it stays in the noun.
  const state = de > 0 ? g.stateVerbs.startingAt(text, start) : undefined;
  if (state && de - state.length >= 2) de = -1;
  let s = de >= 0 ? start + de + 1 : start;
  if (de < 0) {
    const stop = topLevelIndex(region, '、');
    // Examples listed before the class they belong to (1次燃气、户外广告等重点领域安全检查): the count is of the class after
    // 等, named with its examples; a list with no 等 is a list of the things counted, the first of them this count's.
    if (stop > 0 && classAfterExamples(text, start + stop, end, g) === undefined) end = start + stop;
  }
  while (text[s] === ' ') s++;
  // A distributor of two characters or more after the noun opens its predicate (实现26座水闸全部排除病险:
  // the noun is 水闸); one-character ones (均, 各) also occur inside words (人均, 各类).
  for (let k = s; k < end; k++) {
    const d = g.distributors.startingAt(text, k);
    if (d && d.length >= 2) {
      end = k;
      break;
    }
  }
  if (s >= end) return undefined;
  const phrase = text.slice(s, end);
  // People sent to a place on an errand (中医骨干到省级中医医院进修): the name runs to the errand's end, past the place's head.
  const trip = tripEnd(text, s, end, g);
  if (trip !== undefined) return { start: s, end: trip };
  let cut = -1;
  if (first) {
    const hit = heads.indexIn(phrase);
    if (hit) cut = hit.index + hit.word.length;
    // A head right before another qualifies it (公办中心幼儿园, 乡镇中心卫生院): the noun ends at the last of them.
    for (let more = cut > 0 ? heads.startingAt(phrase, cut) : undefined; more; more = heads.startingAt(phrase, cut)) cut += more.length;
  } else if (!g.eventNouns.endingAt(phrase, phrase.length) && !g.procedureNouns.endingAt(phrase, phrase.length)) {
    // An event counted (…调整评估, …人员培训) is named in full: the heads inside it qualify it (grammar eventNouns).
    for (let i = phrase.length; i > 0 && cut < 0; i--) if (heads.endingAt(phrase, i)) cut = i;
  }
  return { start: s, end: cut > 0 ? s + cut : end };
}

/** Fewest characters of the people sent before the word that sends them to a place (骨干到…). */
const MIN_TRAVELLERS = 2;

/**
 * The end of a phrase text[s, end) of people sent to a place on an errand (乡村医生到县人民医院进修学习, 骨干赴省级医院挂职锻炼:
 * grammar tripWords, tripErrands): the phrase's end when it ends with the errand (errands written together count as one), or the
 * end of the errand right after it (…到上级机构 before 进修, where the next quantity ended the phrase), the phrase cut before a
 * number after the place (…进修3个月: the errand's length, no part of the name); else undefined.
 */
function tripEnd(text: string, s: number, end: number, g: IndicatorGrammar): number | undefined {
  const to = g.tripWords.indexIn(text, s + MIN_TRAVELLERS, end);
  if (!to) return undefined;
  // The place between the trip word and the errand: at least one character. The errand ends before a number after it (进修3个月).
  const place = to.index + to.word.length + 1;
  for (let k = place; k < end; k++) {
    if (isDigitCode(text.charCodeAt(k))) {
      end = k;
      break;
    }
  }
  let from = end;
  for (let w = g.tripErrands.endingAt(text, from); w && from - w.length >= place; w = g.tripErrands.endingAt(text, from)) from -= w.length;
  if (from < end) return end;
  let last = end;
  for (let w = g.tripErrands.startingAt(text, last); w; w = g.tripErrands.startingAt(text, last)) last += w.length;
  return last > end && end >= place ? last : undefined;
}

/**
 * Where a noun in text[start, end) ends before a bracket that opens with a label and its colon (…改造项目（牵头单位：市住建局）,
 * …（责任单位：各区政府）, …（完成时限：6月底前）): a task's note of who carries it out and by when, never part of a name; `end` when
 * there is none.
 */
function beforeLabelledAside(text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    const c = text[k];
    if (c !== '（' && c !== '(') continue;
    for (let j = k + 1; j < text.length && j <= k + LABEL_MAX + 1; j++) {
      const d = text[j];
      if (d === '：' || d === ':') return j > k + 1 ? k : end;
      if (d === '）' || d === ')' || d === '（' || d === '(' || CLAUSE_STOP_CODES[text.charCodeAt(j)] === 1) break;
    }
  }
  return end;
}

/** Where the class named after a list of examples starts (燃气、户外广告等|重点领域): right after 等, when a noun follows it. */
function classAfterExamples(text: string, from: number, end: number, g: IndicatorGrammar): number | undefined {
  for (let i = from + 1; i < end - 1; i++) {
    const w = g.listEnds.startingAt(text, i);
    if (w && !insideWord(text, i, g.notListEnds) && !g.notListEnds.startingAt(text, i) && i + w.length < end) return i + w.length;
  }
  return undefined;
}

/** How long the attribute before a size bound may be (年营业收入, 总投资). */
const MAX_SIZE_ATTRIBUTE = 8;

/** How far the unit of a size bound may run before its 的 (20人的, 500平方米以上的). */
const MAX_SIZE_UNIT = 6;

/** Where the next value after `from` starts, before the joiner that opens it: where a noun read from `from` must end. */
function nextValueStart(text: string, from: number, sentenceEnd: number): number {
  let limit = from;
  while (limit < sentenceEnd && !isDigitCode(text.charCodeAt(limit))) limit++;
  while (limit > from && /[和及与、\s]/u.test(text[limit - 1] as string)) limit--;
  return limit;
}

/**
 * Whether the number at `at`, right after a count's unit, is the size of each thing counted: a physical measure (万千瓦, 千伏,
 * 平方米, 吨) with no bound, followed straight by the noun it sizes (建成投产2台66万千瓦煤电机组, 新建3座10万千瓦光伏电站): energy
 * and works plans count units, plants and lines so, by their rated size. A count in a second unit (320户1100人) or a measure
 * that ends its clause is none.
 */
function sizeOfEach(text: string, at: number, g: IndicatorGrammar): boolean {
  const n = readNumber(text, at);
  if (!n) return false;
  let k = n.end;
  if (g.multipliers.has(text[k] ?? '')) k++;
  const unit = g.unitWords.startingAt(text, k);
  if (!unit || g.units.get(unit)?.kind !== 'measure') return false;
  const next = text[k + unit.length] ?? '';
  return HAN.test(next) && next !== '的' && !g.after.startingAt(text, k + unit.length);
}

/** Where the noun starts after a size bound that opens at `at` (不少于20人的), or `at` when none opens there. */
function afterSizeBound(text: string, at: number, g: IndicatorGrammar): number {
  // The bound may follow the attribute it sizes (2家年营业收入不低于10亿元的龙头企业, 3个总投资超过5亿元的项目).
  let from = at;
  while (from < at + MAX_SIZE_ATTRIBUTE && HAN.test(text[from] ?? '') && !g.before.startingAt(text, from)) from++;
  const bound = g.before.startingAt(text, from);
  const n = bound ? readNumber(text, from + bound.length) : bareSize(text, from, g);
  if (!n) return at;
  for (let k = n.end; k <= n.end + MAX_SIZE_UNIT && k < text.length; k++) {
    if (text[k] === '的') return k + 1;
    if (CLAUSE_STOP_CODES[text.charCodeAt(k)] === 1 || /[0-9０-９、]/u.test(text[k] as string)) return at;
  }
  return at;
}

/**
 * A size bounded after its unit instead (1支50人以上的综合应急救援队伍, 2个300平方米以上的社区食堂): the number at `at`, when a
 * bound word (以上, 以下) follows its unit before 的; its end is the bound's, so that the 的 after it is found as above.
 */
function bareSize(text: string, at: number, g: IndicatorGrammar): { end: number } | undefined {
  const n = readNumber(text, at);
  if (!n) return undefined;
  for (let k = n.end; k <= n.end + MAX_SIZE_UNIT && k < text.length; k++) {
    const bound = g.after.startingAt(text, k);
    if (bound) return text[k + bound.length] === '的' ? { end: k + bound.length } : undefined;
    if (CLAUSE_STOP_CODES[text.charCodeAt(k)] === 1 || /[0-9０-９、的]/u.test(text[k] as string)) return undefined;
  }
  return undefined;
}

/** Where the words after an age start: past its bound (及以上), the bracket it stands in and a 的. */
export function pastAge(text: string, from: number, g: IndicatorGrammar): number {
  let s = from;
  const after = g.after.startingAt(text, s);
  if (after) s += after.length;
  // The bracket an age stands in after its group (适龄女生（13—14周岁）免费接种HPV疫苗) closes before the service.
  if (text[s] === '）' || text[s] === ')') s++;
  if (text[s] === '的') s++;
  return s;
}

/** The population an age limit defines: the shortest phrase after it ending in a population word. */
export function population(text: string, from: number, end: number, g: IndicatorGrammar): Span | undefined {
  const s = pastAge(text, from, g);
  const phrase = text.slice(s, Math.min(end, s + MAX_NOUN));
  const hit = g.joinHeads.indexIn(phrase);
  if (hit) return { start: s, end: s + hit.index + hit.word.length };
  return phrase.length > 0 ? { start: s, end: s + Math.min(phrase.length, 10) } : undefined;
}
