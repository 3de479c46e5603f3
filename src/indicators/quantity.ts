// Finds the quantities of a sentence: a number or range with its unit (45%, 20/10万, 1-3个百分点,
// 200万份, 百分之九十, 百分百), and the slots where the source lost the number (由‰下降到‰).
// One left-to-right pass; quoted names, document titles and dates are skipped.
import type { IndicatorGrammar, UnitInfo } from '../grammar/indicators.js';
import { HANZI_NUMERALS, RANGE_SEPARATORS, digitRun, isDigit, isDigitCode, isHanziNumeral, isHanziNumeralCode, isRoman, readFraction, readHanzi, readNumber, readArabicAt, readRange, readRatio } from '../numbers/index.js';
import { han, HAN } from '../text/han.js';
import type { WordSet } from '../grammar/words.js';
import { isSlash, perPartEnd, perUnit } from './per-unit.js';

export interface Quantity {
  /** [start, end) of number and unit in the scanned text. */
  start: number;
  end: number;
  value: number | [number, number] | null;
  unit: UnitInfo;
  /** Unit as reported: the unit, or multiplier + unit (万份). */
  unitText: string;
  /** Factor from value to a plain number, when one applies. */
  scale: number | undefined;
  hanzi: boolean;
  damaged: boolean;
  /** 余 or 多 after the number (900余条, 4万多户): at least the value. */
  more?: boolean;
}

/** Written between a number and its unit for "more than" (900余条, 4万多户). */
const isMore = (c: string | undefined): boolean => c === '余' || c === '多';

const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〔': '〕', '【': '】', '「': '」', '『': '』' };
/** A quotation longer than this is not a name: its quotes are left unmatched. */
const MAX_QUOTED = 40;
const ASCII_LETTER = /[A-Za-z]/u;
/** Two Latin capitals or more (a hyphen inside: PET-CT) ending right before a number, not inside a longer run of letters or digits. */
const LATIN_NOUN_BEFORE = /(?:^|[^A-Za-z0-9-])[A-Z][A-Z-]*[A-Z]$/u;
/** What may follow a count that ends a member of a list: a stop, a joiner, a closing bracket, a bound or the end of the text. */
const MEMBER_END = /^(?:[，,、；;。：:）)和及与]|以上|以下|以内|左右|$)/u;
/**
 * A noun written as a Latin-capital abbreviation, as Chinese plans name imaging and lab equipment and apps (1台CT, 2台DR,
 * 1台MRI, 1台PET-CT, 2台B超, 1个APP): two capitals or more (with digits or a hyphen inside), or one capital before a Chinese
 * character (B超, X光机). After a classifier it is the counted noun, no label glued to the number (5G, 3.0版, 2+5+1+N).
 */
const LATIN_NOUN = han(/^(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9](?![a-z])|[A-Z](?=\p{Script=Han}))/u);

/** The closing mark of each opener, by UTF-16 code unit (0: none); a table, not a Map, because it is looked up for every character. */
const CLOSE_OF = new Uint16Array(0x10000);
for (const [o, c] of [['"', '"'], ...Object.entries(QUOTES)] as Array<[string, string]>) CLOSE_OF[o.charCodeAt(0)] = c.charCodeAt(0);

/** Marks characters inside quotation marks, book-title marks and similar brackets. */
export function quotedMask(text: string, mask: Uint8Array = new Uint8Array(text.length)): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    const close = CLOSE_OF[text.charCodeAt(i)] as number;
    if (close === 0) continue;
    const limit = Math.min(text.length, i + 1 + MAX_QUOTED);
    let k = i + 1;
    while (k < limit && text.charCodeAt(k) !== close) k++;
    if (k >= limit) continue;
    mask.fill(1, i, k + 1);
    i = k;
  }
  return mask;
}

/** The first cadence word between `from` and `to` outside a quoted name (in any marks quotedMask hides: the quotation marks
 *  “”, "", ‘’, 「」, 『』 and the book-title and bracket marks 《》, 【】, 〔〕): in 全年开展“每月一讲”宣讲活动12次 the 每月 names a
 *  campaign, and the count is the year's. */
export function cadenceIn(words: WordSet, text: string, from: number, to: number): { index: number; word: string } | undefined {
  let quoted: Uint8Array | undefined;
  for (let hit = words.indexIn(text, from, to); hit; hit = words.indexIn(text, hit.index + hit.word.length, to)) {
    quoted ??= quotedMask(text.slice(from, to));
    if (quoted[hit.index - from] !== 1) return hit;
  }
  return undefined;
}

/**
 * The longest unit written at `j` whose last characters do not start a noun with what follows (个班 is no unit in 3个班级:
 * there 个 counts 班级), else the longest shorter one.
 */
function unitWordAt(text: string, j: number, grammar: IndicatorGrammar): string | undefined {
  let written = grammar.unitWords.startingAt(text, j);
  while (written !== undefined && grammar.units.get(written)?.notBefore?.startingAt(text, j + written.length) !== undefined) {
    written = written.length > 1 ? grammar.unitWords.startingAt(text.slice(0, j + written.length - 1), j) : undefined;
  }
  return written;
}

interface UnitRead {
  unit: UnitInfo;
  text: string;
  scale: number | undefined;
  end: number;
  more: boolean;
}

function unitAt(text: string, j: number, grammar: IndicatorGrammar): UnitRead | undefined {
  let more = false;
  if (isMore(text[j])) {
    more = true;
    j++;
  }
  const written = unitWordAt(text, j, grammar);
  const direct = written ? (grammar.units.get(written) as UnitInfo) : undefined;
  // One or two multipliers (5万元, 9.5万亿元), then 余/多, then a count or measure unit. Two are tried
  // first, then one: in 300万千瓦 the 千 starts the unit 千瓦.
  const first = grammar.multipliers.get(text[j] ?? '');
  if (first !== undefined) {
    const second = grammar.multipliers.get(text[j + 1] ?? '');
    for (let count = second === undefined ? 1 : 2; count >= 1; count--) {
      const mult = count === 2 ? first * (second as number) : first;
      let k = j + count;
      const prefix = text.slice(j, k);
      if (isMore(text[k])) k++;
      const after = unitWordAt(text, k, grammar);
      const base = after ? grammar.units.get(after) : undefined;
      if (base && (base.kind === 'count' || base.kind === 'measure') && (!direct || (written as string).length < k - j + (after as string).length)) {
        return withPerPart(text, { unit: base, text: prefix + base.unit, scale: mult, end: k + (after as string).length, more: more || k > j + prefix.length }, grammar);
      }
    }
  }
  // 余 and 多 stand before counts and measures only (多 before 元 is no "more than": 多元).
  if (!direct || (more && direct.kind !== 'count' && direct.kind !== 'measure')) return undefined;
  return withPerPart(text, { unit: direct, text: direct.unit, scale: direct.scale, end: j + (written as string).length, more }, grammar);
}

/** The unit read, with the denominator written after it when there is one (35立方米/万元: per-unit.ts). */
function withPerPart(text: string, read: UnitRead, grammar: IndicatorGrammar): UnitRead {
  const end = perPartEnd(text, read.end, read.unit, grammar);
  if (end < 0) return read;
  const per = text.slice(read.end, end);
  return { ...read, unit: perUnit(read.unit, read.unit.unit + per), text: read.text + per, end };
}

/** Tables by UTF-16 code unit that let the scan pass characters no reader can take. */
interface ScanTables {
  /** Where a quantity can start: digits, Chinese numerals, the first characters of whole words, prefix units and damage marks. */
  start: Uint8Array;
  /** The first characters of whole words, prefix units and damage marks. */
  own: Uint8Array;
  /** Chinese numerals. */
  numeral: Uint8Array;
  /** Chinese numerals that start no whole word, prefix unit or damage mark (一, 二, 十 … not 百, 万). */
  plainNumeral: Uint8Array;
  /** What can follow a one-character Chinese numeral in a quantity: a unit, a multiplier, 余/多, a range separator. */
  follows: Uint8Array;
}

const tables = new WeakMap<IndicatorGrammar, ScanTables>();

function tablesOf(grammar: IndicatorGrammar): ScanTables {
  let t = tables.get(grammar);
  if (t) return t;
  const start = new Uint8Array(0x10000);
  const own = new Uint8Array(0x10000);
  for (const c of '0123456789０１２３４５６７８９') start[c.charCodeAt(0)] = 1;
  for (const c of HANZI_NUMERALS) start[c.charCodeAt(0)] = 1;
  for (let c = 0x2160; c <= 0x216b; c++) start[c] = 1;
  for (const w of grammar.wholeWords) start[w.word.charCodeAt(0)] = own[w.word.charCodeAt(0)] = 1;
  for (const p of grammar.prefixUnits) start[p.prefix.charCodeAt(0)] = own[p.prefix.charCodeAt(0)] = 1;
  for (const d of grammar.damaged) start[d.mark.charCodeAt(0)] = own[d.mark.charCodeAt(0)] = 1;
  const numeral = new Uint8Array(0x10000);
  const plainNumeral = new Uint8Array(0x10000);
  for (const c of HANZI_NUMERALS) {
    numeral[c.charCodeAt(0)] = 1;
    if (own[c.charCodeAt(0)] === 0) plainNumeral[c.charCodeAt(0)] = 1;
  }
  const follows = new Uint8Array(0x10000);
  // unitWords is built from the units' written forms.
  for (const unit of grammar.units.keys()) follows[unit.charCodeAt(0)] = 1;
  for (const m of grammar.multipliers.keys()) follows[m.charCodeAt(0)] = 1;
  for (const sep of RANGE_SEPARATORS) follows[sep.charCodeAt(0)] = 1;
  follows['余'.charCodeAt(0)] = follows['多'.charCodeAt(0)] = 1;
  t = { start, own, numeral, plainNumeral, follows };
  tables.set(grammar, t);
  return t;
}

const POINT = '点'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const HALF = '半'.charCodeAt(0);

/**
 * True when text[i] is a Chinese numeral standing alone that no reader below can take, as most
 * numerals of running text are (一是, 进一步, 统一, 三大): one numeral, not 一半 or 三分之一, and
 * after it (and any spaces) nothing a unit, a multiplier, 余/多 or a range separator starts with.
 * Every reader would return nothing there; this answers the same at the cost of three lookups.
 */
function loneNumeral(text: string, i: number, t: ScanTables): boolean {
  if (t.plainNumeral[text.charCodeAt(i)] !== 1) return false;
  const next = text.charCodeAt(i + 1);
  if (t.numeral[next] === 1 || next === POINT || next === FEN || next === HALF) return false;
  let k = i + 1;
  while (text.charCodeAt(k) === 0x20) k++;
  return t.follows[text.charCodeAt(k)] !== 1;
}

/**
 * False when no character of `text` can start a quantity (no digit, no numeral but lone ones, no
 * unit word or damage mark): scanQuantities would find none there whatever the mask. About half the
 * paragraphs of a plan are such; for them the mask is not built at all.
 */
export function mayHoldQuantity(text: string, grammar: IndicatorGrammar): boolean {
  const t = tablesOf(grammar);
  for (let i = 0; i < text.length; i++) if (t.start[text.charCodeAt(i)] === 1 && !loneNumeral(text, i, t)) return true;
  return false;
}

/** The quantities of `text` outside `mask`, from `from` on (where a section's marker ends: what starts there starts a number). */
export function scanQuantities(text: string, grammar: IndicatorGrammar, mask: Uint8Array, from = 0): Quantity[] {
  const out: Quantity[] = [];
  const t = tablesOf(grammar);
  const start = t.start;
  let i = from;
  while (i < text.length) {
    if (mask[i] || !start[text.charCodeAt(i)] || loneNumeral(text, i, t)) {
      i++;
      continue;
    }
    // Whole words and prefix units start only at their own first characters (百分之, 百分百).
    const own = t.own[text.charCodeAt(i)] === 1;
    const last = out[out.length - 1];
    const chain = last?.unit === BARE && i - last.end <= BARE_REACH ? last.start : i;
    const q = (own ? (wholeWordAt(text, i, grammar) ?? prefixUnitAt(text, i, grammar)) : undefined) ?? fractionAt(text, i, grammar) ?? ratioAt(text, i) ?? numberAt(text, i, grammar, chain, i === from && from > 0) ?? damagedAt(text, i, grammar);
    if (q === undefined) {
      i++;
    } else if (typeof q === 'number') {
      i = q;
    } else {
      out.push(q);
      i = q.end;
    }
  }
  return out;
}

function wholeWordAt(text: string, i: number, grammar: IndicatorGrammar): Quantity | undefined {
  for (const w of grammar.wholeWords) {
    if (text.startsWith(w.word, i)) {
      return { start: i, end: i + w.word.length, value: w.value, unit: w.unit, unitText: w.unit.unit, scale: w.unit.scale, hanzi: true, damaged: false };
    }
  }
  return undefined;
}

function prefixUnitAt(text: string, i: number, grammar: IndicatorGrammar): Quantity | undefined {
  for (const p of grammar.prefixUnits) {
    if (!text.startsWith(p.prefix, i)) continue;
    const n = readRange(text, i + p.prefix.length);
    if (!n) continue;
    return { start: i, end: n.end, value: n.value, unit: p.unit, unitText: p.unit.unit, scale: p.unit.scale, hanzi: n.hanzi, damaged: false };
  }
  return undefined;
}

/** A share written as a fraction (一半, 三分之二, 2/3), reported in percent. */
function fractionAt(text: string, i: number, grammar: IndicatorGrammar): Quantity | undefined {
  const prev = text.charCodeAt(i - 1);
  if (isDigitCode(prev) || isHanziNumeralCode(prev) || prev === 0x2e || prev === 0x2f) return undefined;
  const f = readFraction(text, i);
  const unit = grammar.units.get('%');
  if (!f || !unit) return undefined;
  // 2/3 in digits is a share only before 的 or a bound word (2/3的县, 1/3以上); alone it is a page
  // counter or a date (1/3, 3/14).
  if (!f.hanzi && text[f.end] !== '的' && !grammar.after.startingAt(text, f.end)) return undefined;
  return { start: i, end: f.end, value: f.percent, unit, unitText: unit.unit, scale: unit.scale, hanzi: f.hanzi, damaged: false };
}

/**
 * A ratio (护士与床位比0.6∶1) is reported as its first term, with the colon and second term as unit (∶1). A ratio that
 * opens with 1 (师幼比1:15, 床护比1∶0.6, 医护比1:1.25) counts the second term per one of the first, as staffing
 * standards are written: its value is the second term, with the 1 and the colon as unit (1:), and 1∶1 stays as it is.
 */
const RATIO: UnitInfo = { unit: '∶', kind: 'rate', scale: undefined, hanzi: false, object: 'last', size: false };
const isColon = (c: string | undefined): boolean => c === ':' || c === '：' || c === '∶';
/** Whether a unit is a ratio's (a:b read by ratioAt). */
export const isRatio = (u: UnitInfo): boolean => u === RATIO;

/** The smallest second term of a map scale 1:N (1:500 is the largest scale of 测绘). */
const MAP_SCALE_MIN = 500;
/** The map products a scale 1:N names, right after it (地形图, 比例尺, 影像图 …). */
const MAP_PRODUCT = /^(?:比例尺|地形图|地籍图|地图|影像图|正射影像|数字线划图|数字高程模型|测图|测绘)/u;

/** The ratio a:b at `i`; or, for a map scale (1:2000地形图), the position after it, which the scan skips as a name (as a number
 *  other readers return); else undefined. */
export function ratioAt(text: string, i: number): Quantity | number | undefined {
  // No ratio goes on from a number or a colon (a third term, 4.0∶37.7∶58.3).
  const prev = text.charCodeAt(i - 1);
  if (isDigitCode(prev) || prev === 0x2e || prev === 0x3a || prev === 0xff1a || prev === 0x2236) return undefined;
  const r = readRatio(text, i);
  if (!r) return undefined;
  const [a, b] = r.terms;
  const colon = text.slice(i, r.end).search(/[:：∶]/u) + i;
  const written = text.slice(colon + 1, r.end);
  // Three terms (4.0∶37.7∶58.3) are a structure; two two-digit integers (15:16) a time of day, but not 1:15: a plan
  // writes no time past one at night, and 1:N is how a ratio per one is written (师幼比1:15).
  if (b === 0 || isColon(text[r.end])) return undefined;
  if (Number.isInteger(a) && a < 24 && a !== 1 && /^[0-5][0-9]$/u.test(written)) return undefined;
  // 1:500地形图, 1:2000比例尺: a scale of a map is the name of the map product, no ratio (staffing ratios per one are below 100).
  if (a === 1 && b >= MAP_SCALE_MIN && MAP_PRODUCT.test(text.slice(r.end, r.end + 6))) return r.end;
  if (a === 1 && b !== 1) return { start: i, end: r.end, value: b, unit: RATIO, unitText: `1${text[colon]}`, scale: undefined, hanzi: false, damaged: false };
  return { start: i, end: r.end, value: a, unit: RATIO, unitText: text[colon] + written, scale: undefined, hanzi: false, damaged: false };
}

/** A value with no unit, of a metric that has none (农田灌溉水有效利用系数达到0.75): the unit is empty. */
export const BARE: UnitInfo = { unit: '', kind: 'measure', scale: undefined, hanzi: false, object: 'last', size: false };
/** How far before a bare number the unitless metric head may end (系数已经达到0.75). */
const BARE_REACH = 10;
/** The longest bracketed abbreviation after a metric's name, brackets included (（MQI）, （PM2.5）). */
const MAX_ABBREVIATION = 10;

/**
 * Where the brackets open of the abbreviation official writing puts after a metric's name (路面技术状况指数（MQI）,
 * 病例组合指数（CMI）), when they close just before `at`; else -1.
 */
export function abbreviationBefore(text: string, at: number): number {
  const close = text[at - 1];
  if (close !== '）' && close !== ')') return -1;
  const opening = close === '）' ? '（' : '(';
  for (let k = at - 2; k >= 0 && at - k <= MAX_ABBREVIATION; k--) if (text[k] === opening) return k;
  return -1;
}

/**
 * Where the reach for a bare value's head begins: BARE_REACH before `first`, and further back by the abbreviation in brackets
 * that stands within it, which puts no distance between the name and its value (病例组合指数（CMI）由2020年的0.91提高到1.02).
 */
function bareReachStart(text: string, first: number): number {
  const from = Math.max(0, first - BARE_REACH);
  for (let k = first; k > from; k--) {
    const open = abbreviationBefore(text, k);
    if (open >= 0) return Math.max(0, from - (k - open));
  }
  return from;
}

/**
 * `chain`: where the bare value before this one starts, when it ends within reach (系数由2020年的0.55提高到0.6): the
 * head reaches on through it to the level its verb reaches.
 */
function bareAt(text: string, i: number, n: { value: number | [number, number]; end: number }, grammar: IndicatorGrammar, chain = i): Quantity | undefined {
  const next = text[n.end];
  if (isDigit(next) || next === '.' || next === '/' || next === '+' || (next !== undefined && ASCII_LETTER.test(next))) return undefined;
  // The head stands before the list of bare values (校际差异系数小学、初中分别控制在0.50、0.45以内) or before a bare baseline
  // this value's verb reaches from (系数由2020年的0.55提高到0.6: chain).
  const first = Math.min(bareListStart(text, i, grammar), chain);
  // A zero needs no unit (劣Ⅴ类断面比例为0, 较大事故起数降至0): after the head of any metric it is that metric's value.
  const zero = n.value === 0 && (grammar.metricHeads.indexIn(text, Math.max(0, i - BARE_REACH), i) !== undefined || zeroClosesBaseline(text, i, grammar));
  if (!zero && !grammar.unitlessHeads.indexIn(text, bareReachStart(text, first), chain < i ? i : first)) {
    // 校际差异系数小学、初中分别控制在0.50、0.45以内: the head before the groups its values are distributed over.
    const dist = grammar.distributors.indexIn(text, Math.max(0, first - BARE_REACH), first);
    if (!dist || groupsAfterHead(text, dist.index, grammar.unitlessHeads, grammar) === undefined) return undefined;
  }
  return { start: i, end: n.end, value: n.value, unit: BARE, unitText: '', scale: undefined, hanzi: false, damaged: false };
}

/** How far before the verb of a zero the 由/从 of its baseline may stand (由2020年的6.7%下降到0). */
const ZERO_BASELINE_REACH = 20;

/**
 * Whether a zero is the level a verb reaches from a baseline opened right after a metric's head (劣Ⅴ类水体比例由6.7%下降到0,
 * 较大事故起数由2起降至0): the elimination targets of 生态环境 and 安全生产 plans, the baseline's metric being the zero's.
 */
function zeroClosesBaseline(text: string, i: number, grammar: IndicatorGrammar): boolean {
  const verb = grammar.targetVerbs.endingAt(text, i);
  if (!verb) return false;
  const from = Math.max(0, i - verb.length - ZERO_BASELINE_REACH);
  let marker: { index: number; word: string } | undefined;
  for (let m = grammar.baselineMarkers.indexIn(text, from, i - verb.length); m; m = grammar.baselineMarkers.indexIn(text, m.index + m.word.length, i - verb.length)) marker = m;
  return marker !== undefined && !/[，,；;。]/u.test(text.slice(marker.index, i)) && grammar.metricHeads.endingAt(text, marker.index) !== undefined;
}

/** Most characters a group word written after its metric may have (小学、初中; 男性、女性): here and in metric names. */
export const MAX_GROUP = 3;
const JOINS_GROUPS = new Set(['、', '和']);

/**
 * Where a head of `heads` ends when a list of short groups of one length joined by 、/和 stands between it and `at`
 * (校际差异系数小学、初中|分别…: the groups its values are distributed over, written after the metric); undefined when
 * no such list and head are there.
 */
export function groupsAfterHead(text: string, at: number, heads: IndicatorGrammar['unitlessHeads'], grammar: IndicatorGrammar): number | undefined {
  let a = at;
  while (a > 0 && at - a <= MAX_GROUP && HAN.test(text[a - 1] ?? '') && !JOINS_GROUPS.has(text[a - 1] as string)) a--;
  const n = at - a;
  if (n === 0 || n > MAX_GROUP || !JOINS_GROUPS.has(text[a - 1] as string)) return undefined;
  let joiner = a - 1;
  for (let k = 0; k < MAX_BARE_LIST; k++) {
    const groupStart = joiner - n;
    if (groupStart < 0) return undefined;
    for (let j = groupStart; j < joiner; j++) if (!HAN.test(text[j] ?? '') || JOINS_GROUPS.has(text[j] as string)) return undefined;
    if (!JOINS_GROUPS.has(text[groupStart - 1] as string)) return heads.endingAt(text, groupStart) && !grammar.joiners.endingAt(text, groupStart) ? groupStart : undefined;
    joiner = groupStart - 1;
  }
  return undefined;
}

/** How many bare numbers before this one a list of them may hold (0.50、0.45、0.40). */
const MAX_BARE_LIST = 4;

/**
 * Where a list of bare numbers joined by 、/和 that ends with the number at i starts (校际差异系数分别控制在0.50、0.45以内:
 * the second coefficient is the first one's list mate): the unitless head is looked for before the list.
 */
function bareListStart(text: string, i: number, grammar: IndicatorGrammar): number {
  let start = i;
  for (let k = 0; k < MAX_BARE_LIST; k++) {
    const joiner = grammar.joiners.endingAt(text, start);
    if (!joiner) break;
    let a = start - joiner.length;
    const b = a;
    while (a > 0 && (isDigit(text[a - 1]) || text[a - 1] === '.')) a--;
    if (a === b || !isDigit(text[a])) break;
    start = a;
  }
  return start;
}

/** Units of points in time, which a list of bare numbers before them makes a list of dates (2025、2026年), not of values. */
const TIME_POINTS = /^[年月日号时]/u;

/**
 * A bare number in a list of values distributed over several metrics whose one unit is written after the last value
 * (颗粒物、二氧化硫、氮氧化物排放浓度分别不高于10、35、50毫克/立方米; 覆盖率分别达到80、85、90%): the unit of the list's last
 * member, as 3万和5万亩 shares the 亩. Only after a distributor (分别) right before the list, which says the numbers are the
 * values of one list; a list of bare numbers elsewhere (第1、2批) has no unit to share.
 */
function listedUnitAt(text: string, i: number, n: { value: number | [number, number]; end: number }, grammar: IndicatorGrammar): Quantity | undefined {
  if (typeof n.value !== 'number') return undefined;
  const first = bareListStart(text, i, grammar);
  const dist = grammar.distributors.indexIn(text, Math.max(0, first - LISTED_DISTRIBUTOR_REACH), first);
  if (!dist || /[，,。；;：:、\d]/u.test(text.slice(dist.index + dist.word.length, first))) return undefined;
  let k = n.end;
  for (let member = 0; member < MAX_BARE_LIST; member++) {
    const joiner = grammar.joiners.startingAt(text, k);
    if (!joiner) return undefined;
    const next = readNumber(text, k + joiner.length);
    if (!next || next.hanzi || text[next.end] === '.' || text[next.end] === '/') return undefined;
    let j = next.end;
    while (text[j] === ' ') j++;
    const u = unitAt(text, j, grammar);
    if (u) {
      if (grammar.multipliers.has(u.unit.unit) || TIME_POINTS.test(u.text) || u.unit.link) return undefined;
      return { start: i, end: n.end, value: n.value, unit: u.unit, unitText: u.text, scale: u.scale, hanzi: false, damaged: false };
    }
    k = next.end;
  }
  return undefined;
}

/** How far before a list of bare numbers its distributor may stand, past a comparator or verb (分别不高于, 分别控制在), also
 *  past the reference of a change as bulletins write it (分别比上年下降0.18和0.22个千分点, 分别比上年末提高0.3和0.5个百分点). */
const LISTED_DISTRIBUTOR_REACH = 8;

/** How long the bracketed unit of a metric written before its colon may be (（%）, （万人次）, （平方米）). */
const MAX_BRACKET_UNIT = 6;

/**
 * Where the unit of a metric written in brackets before its colon opens (婴儿死亡率（‰）：4.5, 每千人口托位数（个）：4.5, as
 * target lists and 主要指标 lines write a name, its unit and its value), or -1: the bracket must close right before the colon,
 * which stands right before `i`.
 */
export function bracketUnitBefore(text: string, i: number): number {
  const colon = text[i - 1];
  const close = text[i - 2];
  if ((colon !== '：' && colon !== ':') || (close !== '）' && close !== ')')) return -1;
  for (let k = i - 3; k >= Math.max(0, i - 3 - MAX_BRACKET_UNIT); k--) if (text[k] === '（' || text[k] === '(') return k;
  return -1;
}

/** A bare number whose unit the metric's bracket before the colon gives (婴儿死亡率（‰）：4.5 → 4.5 ‰). */
function bracketUnitAt(text: string, i: number, n: { value: number | [number, number]; end: number }, grammar: IndicatorGrammar): Quantity | undefined {
  const next = text[n.end];
  if (isDigit(next) || next === '.' || next === '/' || (next !== undefined && ASCII_LETTER.test(next))) return undefined;
  const open = bracketUnitBefore(text, i);
  if (open < 0) return undefined;
  const u = unitAt(text, open + 1, grammar);
  // 时间（年）：2025 is a year, no duration.
  if (!u || u.end !== i - 2 || u.more || u.unit.unit === '年') return undefined;
  return { start: i, end: n.end, value: n.value, unit: u.unit, unitText: u.text, scale: u.scale, hanzi: false, damaged: false };
}

/** Whether the numeral at i is the 一 of a relative period (上一年度, 过去一年: grammar relativePeriods) written around it. */
function relativePeriodAt(text: string, i: number, grammar: IndicatorGrammar): boolean {
  for (let k = 1; k <= RELATIVE_LEAD; k++) {
    const w = grammar.relativePeriods.startingAt(text, i - k);
    if (w !== undefined && w.length > k) return true;
  }
  return false;
}

/**
 * Whether the number at i with unit `unit` is a year of an era or a dating before now (公元前221年, 公元618年, 距今约4300年): a count
 * of years right after one of the grammar's eraYearLeads says when something was, never a duration or a level to reach.
 */
function eraYear(text: string, i: number, unit: UnitInfo, grammar: IndicatorGrammar): boolean {
  return unit.unit === '年' && grammar.eraYearLeads.endingAt(text, i) !== undefined;
}

/** The longest lead of a relative period before its numeral (过去 of 过去一年). */
const RELATIVE_LEAD = 2;

/** A quantity starting at i; a number (the index to resume at) when i starts a number without a unit. */
/** `opens`: text[i] opens the text read (the marker before it is none of the number's). */
function numberAt(text: string, i: number, grammar: IndicatorGrammar, chain = i, opens = false): Quantity | number | undefined {
  const c = text[i];
  const prev = opens ? undefined : text[i - 1];
  // Letters right before a number make a label of them (H5, G20, PM2.5, ISO9001), except an abbreviated noun whose count
  // is written right after it, as equipment lists write it (配置DR1台、彩超2台, 新增MRI2台): read on, and kept below only as
  // a whole number with a classifier that ends the list member.
  const afterLatin = isDigit(c) && prev !== undefined && ASCII_LETTER.test(prev) && LATIN_NOUN_BEFORE.test(text.slice(Math.max(0, i - 12), i));
  if (isDigit(c)) {
    if (isDigit(prev) || prev === '.' || prev === '．' || (prev !== undefined && ASCII_LETTER.test(prev) && !afterLatin)) return undefined;
  } else if (isHanziNumeral(c) || isRoman(c)) {
    if (isHanziNumeral(prev) || isRoman(prev)) return undefined;
    // 上一年度, 下一季度: a period named by its place in time, no count of it.
    if (!opens && relativePeriodAt(text, i, grammar)) return undefined;
  } else return undefined;
  let n = spacedNumberAt(text, i, grammar) ?? readRange(text, i);
  if (!n) return undefined;
  // 三万名, 百万人次: a Chinese numeral ending in a multiplier is read like 3万名 (value 3, unit 万名).
  const last = text[n.end - 1] ?? '';
  if (n.hanzi && typeof n.value === 'number' && n.end - i > 1 && (last === '万' || last === '亿') && grammar.multipliers.has(last)) {
    const base = readHanzi(text.slice(i, n.end - 1));
    if (Number.isFinite(base)) n = { value: base, end: n.end - 1, hanzi: true };
  }
  let j = n.end;
  while (text[j] === ' ') j++;
  let u = withElidedUnit(text, unitAt(text, j, grammar), grammar);
  // A multiplier read as the unit (注册用户达到50万) only where the count ends there: a range's first end (5.0万—5.6万头) or a
  // list member (3万和5万亩) takes the unit written after the last.
  if (u && grammar.multipliers.has(u.unit.unit) && !endsBareMultiplier(text, u.end, grammar)) u = undefined;
  if (afterLatin && !(u && u.unit.kind === 'count' && !u.unit.link && typeof n.value === 'number' && Number.isInteger(n.value) && MEMBER_END.test(text.slice(u.end, u.end + 2)))) return undefined;
  const skipTo = n.hanzi ? undefined : n.end;
  if (!u && !n.hanzi && typeof n.value === 'number') {
    const range = multiplierRange(text, i, n.value, j, grammar);
    if (range) return range;
  }
  if (!u && !n.hanzi) return bracketUnitAt(text, i, n, grammar) ?? bareAt(text, i, n, grammar, chain) ?? listedUnitAt(text, i, n, grammar) ?? skipTo;
  // The grade of a standard (达到一级A排放标准, 国家二级标准) is a value, in Chinese numerals and with a
  // letter grade too; elsewhere a Chinese numeral before such a unit is a name (三级医院).
  const grade = u !== undefined && gradeOfStandard(text, i, u, grammar);
  if (!u || (n.hanzi && !u.unit.hanzi && !grade)) return skipTo;
  // 公元前221年, 距今约4300年: a year of an era or a dating before now (grammar eraYearLeads), a point in time, no count of years.
  if (eraYear(text, i, u.unit, grammar)) return skipTo;
  // Labels: 2+5+1+N, 5G, 3.0版 (no unit there), 一次性, 个性化.
  if (prev === '+' || text[n.end] === '+' || (ASCII_LETTER.test(text[u.end] ?? '') && !grade && !(u.unit.kind === 'count' && !u.unit.link && LATIN_NOUN.test(text.slice(u.end, u.end + 12))))) return skipTo;
  if (grammar.notAfterUnit.startingAt(text, u.end) && !grammar.nounsAfterUnit.startingAt(text, u.end)) return skipTo;
  // 二次供水, 二次污染: 二 alone before a classifier with a word going on after it opens a compound (grammar wordNumerals).
  if (n.hanzi && n.end - i === 1 && u.unit.kind === 'count' && grammar.wordNumerals.has(c as string) && HAN.test(text[u.end] ?? '') && !grammar.after.startingAt(text, u.end)) return skipTo;
  // 1对1帮扶, 3对1: a number right after a linking unit pairs the two numbers; neither is a count.
  if (u.unit.link && readRange(text, u.end)) return u.end;
  // A count or a mass, length or volume right after 每 is the base of a ratio, a price or a norm (每50公斤126元, 每100克含…),
  // not a quantity to reach; the value, when there is one, is the number after it.
  if ((u.unit.kind === 'count' || u.unit.kind === 'measure') && perBefore(text, i, grammar)) return skipTo ?? u.end;
  let value: number | [number, number] = n.value;
  let end = u.end;
  // An alternative classifier in brackets is part of the unit as written: 30万台（套）, 10个(家).
  const alt = u.unit.kind === 'count' ? altClassifier(text, end, grammar) : 0;
  if (alt > 0) {
    u.text += text.slice(end, end + alt);
    end += alt;
  }
  // A range with the unit on both ends: 5%-10%, 10%～50%.
  const sep = typeof value === 'number' ? UNIT_RANGE_SEPARATORS.find((s) => text.startsWith(s, end)) : undefined;
  if (typeof value === 'number' && sep) {
    const second = readNumber(text, end + sep.length);
    if (second && !second.hanzi && second.value > value && text.startsWith(u.text, second.end)) {
      value = [value, second.value];
      end = second.end + u.text.length;
    }
  }
  // A negative value (年均增长-0.6%, 增速为−1.2%): the sign is part of the quantity.
  const signed = typeof value === 'number' && !n.hanzi && minusBefore(text, i);
  const q: Quantity = { start: signed ? i - 1 : i, end, value: signed ? -(value as number) : value, unit: u.unit, unitText: u.text, scale: u.scale, hanzi: n.hanzi, damaged: false };
  if (u.more) q.more = true;
  return q;
}

/**
 * What joins the two ends of a range written with the unit on both (5%-10%, 10%～50%, 2℃—8℃): the range separators
 * (GB/T 15834 writes numeric ranges with the dash or the wave dash ～), but not 到, which after a unit joins a starting level to
 * a later one (从5%到10%), not two bounds.
 */
const UNIT_RANGE_SEPARATORS: readonly string[] = RANGE_SEPARATORS.filter((s) => s !== '到');

/** Words that a number right after them labels (表1, 第3, 附件2): no stray space splits such a number. */
const LABEL_BEFORE = /[第表图件条款项章节页号]$/u;

/**
 * A number that OCR or PDF extraction split with one stray space (达标率达到1 00%, 建成村卫生室1 862个, 保持在9 5%以上): a
 * short run of digits right after a Chinese word, one space, and digits that run straight into their unit, read as one number.
 * A space before the first run (a flattened table row: 死亡率 12 10) or after the second (两个数) parts two numbers.
 */
function spacedNumberAt(text: string, i: number, grammar: IndicatorGrammar): { value: number; end: number; hanzi: boolean } | undefined {
  const head = digitRun(text, i);
  if (head.length > 3 || text[head.end] !== ' ' || !isDigitCode(text.charCodeAt(head.end + 1))) return undefined;
  const before = text.slice(Math.max(0, i - 2), i);
  if (!HAN.test(text[i - 1] ?? '') || LABEL_BEFORE.test(before) || isHanziNumeral(text[i - 1])) return undefined;
  const tail = readArabicAt(text, head.end + 1);
  if (!tail) return undefined;
  const tailDigits = digitRun(text, head.end + 1).length;
  const u = unitAt(text, tail.end, grammar);
  if (!u || TIME_POINTS.test(u.text) || grammar.multipliers.has(u.unit.unit)) return undefined;
  return { value: head.value * 10 ** tailDigits + tail.value, end: tail.end, hanzi: false };
}

/** What may follow a count whose unit is its multiplier alone (50万): the text's end, a clause stop or a bound word (以上, 左右). */
const BARE_MULTIPLIER_STOP = /^(?:$|[，,。；;：:）)\s])/u;

function endsBareMultiplier(text: string, at: number, grammar: IndicatorGrammar): boolean {
  return BARE_MULTIPLIER_STOP.test(text.slice(at, at + 1)) || grammar.after.startingAt(text, at) !== undefined;
}

/**
 * A range with the multiplier on both ends and the unit after the second (投资额50亿—80亿元, 接待游客3万—5万人次, 新增造林1.5万至2万
 * 亩): the multiplier after the first number is no unit of its own, the two ends share the second's.
 */
function multiplierRange(text: string, i: number, low: number, j: number, grammar: IndicatorGrammar): Quantity | undefined {
  const mult = text[j] ?? '';
  if (!grammar.multipliers.has(mult)) return undefined;
  const sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, j + 1));
  if (!sep) return undefined;
  const high = readNumber(text, j + 1 + sep.length);
  if (!high || high.hanzi || typeof high.value !== 'number' || high.value <= low || text[high.end] !== mult) return undefined;
  const u = unitAt(text, high.end, grammar);
  if (!u || u.scale === undefined) return undefined;
  return { start: i, end: u.end, value: [low, high.value], unit: u.unit, unitText: u.text, scale: u.scale, hanzi: false, damaged: false, ...(u.more ? { more: true } : {}) };
}


/**
 * A unit written once after the last of two values joined by 和/、/或 (分别提高1个和2个百分点): the first value's
 * unit is the second's when the first's own unit begins it — the measure word 个 of 个百分点. The first value keeps
 * its own end. (A multiplier alone, 3万和5万亩, is left as it was: the count's object reading does not take it.)
 */
function withElidedUnit(text: string, own: UnitRead | undefined, grammar: IndicatorGrammar): UnitRead | undefined {
  if (!own) return own;
  const joiner = grammar.joiners.startingAt(text, own.end);
  if (!joiner) return own;
  const second = readNumber(text, own.end + joiner.length);
  if (!second) return own;
  let k = second.end;
  while (text[k] === ' ') k++;
  const theirs = unitAt(text, k, grammar);
  if (!theirs || theirs.text.length <= own.text.length || !theirs.text.startsWith(own.text)) return own;
  return { ...theirs, end: own.end, more: own.more };
}

/** Whether a per word (每) stands right before the number at i, past spaces: the count is a ratio's base. */
function perBefore(text: string, i: number, grammar: IndicatorGrammar): boolean {
  let b = i;
  while (text[b - 1] === ' ') b--;
  return grammar.perWords.endingAt(text, b) !== undefined;
}

/** Minus signs as written before a negative number: ASCII, full-width and the mathematical minus. */
export const MINUS = new Set(['-', '－', '−']);

/**
 * Whether text[i - 1] is a minus sign of the number at i: it stands right after a word, an opening
 * bracket or a colon, or opens the text (a cell). After a digit or a letter it joins a range or a
 * code (1-3, G15-1); after a unit the range reader has already taken it (5%-10%).
 */
export function minusBefore(text: string, i: number): boolean {
  if (!MINUS.has(text[i - 1] ?? '')) return false;
  const before = text[i - 2];
  // After a word that follows a number (1万-2万元, 5个-8个) the minus joins a range.
  return before === undefined || before === '（' || before === '(' || before === '：' || before === ':' || before === '\n' || (HAN.test(before) && !isDigit(text[i - 3]));
}

const GRADE_LETTER = /[A-D]/u;

/** Whether a grade unit (级) is followed, after an optional letter grade, by the name of a standard. */
function gradeOfStandard(text: string, start: number, u: { unit: UnitInfo; end: number }, grammar: IndicatorGrammar): boolean {
  if (!grammar.gradeUnits.has(u.unit.unit) || gradedInstitutionBefore(text, start, grammar)) return false;
  const k = GRADE_LETTER.test(text[u.end] ?? '') ? u.end + 1 : u.end;
  return grammar.gradeStandards.startingAt(text, k) !== undefined;
}

/** Whether a graded institution (grammar gradedInstitutions) stands before the grade at `start`, past a verb of reaching or
 *  building to it (精神专科医院达到|三级标准): the grade is then the institution's class, not a level of a standard. */
function gradedInstitutionBefore(text: string, start: number, grammar: IndicatorGrammar): boolean {
  const verb = grammar.gradedInstitutionVerbs.endingAt(text, start)?.length ?? 0;
  return grammar.gradedInstitutions.endingAt(text, start - verb) !== undefined;
}

/** Length of an alternative count unit at text[at], bracketed ((套), （家）) or after a slash (/套: 30台/套), or 0. */
function altClassifier(text: string, at: number, grammar: IndicatorGrammar): number {
  const open = text[at];
  const slash = isSlash(open);
  if (open !== '（' && open !== '(' && !slash) return 0;
  const word = grammar.unitWords.startingAt(text, at + 1);
  if (!word || grammar.units.get(word)?.kind !== 'count') return 0;
  if (slash) return word.length + 1;
  const close = text[at + 1 + word.length];
  return close === '）' || close === ')' ? word.length + 2 : 0;
}

function damagedAt(text: string, i: number, grammar: IndicatorGrammar): Quantity | undefined {
  const prev = text[i - 1];
  if (isDigit(prev) || isHanziNumeral(prev)) return undefined;
  for (const d of grammar.damaged) {
    if (!text.startsWith(d.mark, i)) continue;
    if (!d.before.endingAt(text, i)) continue;
    const end = i + d.mark.length;
    if (d.after && !d.after.startingAt(text, end) && end < text.length) continue;
    return { start: i, end, value: null, unit: d.unit, unitText: d.unit.unit, scale: d.unit.scale, hanzi: false, damaged: true };
  }
  return undefined;
}
