// A unit per another, written with a slash after the number's unit, as statistics write intensities and
// densities (用水量120升/人·日, 35立方米/万元, 能耗0.42吨标准煤/万元, 土壤侵蚀模数500吨/（平方公里·年）, 床位6.5张/千人,
// 死亡人数1.5人/万车): the denominator is a unit or a per-noun (grammar perNouns), perhaps after a power of ten (万元, 10万人,
// 百户), perhaps times a second one (人·日, 平方公里·年, bracketed or not). The whole is one unit, as written.
import type { IndicatorGrammar, UnitInfo } from '../grammar/indicators.js';

/** A slash, half- or full-width: between two units, a denominator (per-unit) or an alternative classifier (quantity.ts). */
export const isSlash = (c: string | undefined): boolean => c === '/' || c === '／';
/** The marks a product of units is written with (人·日: the middle dot and its look-alikes). */
const isProduct = (c: string | undefined): boolean => c === '·' || c === '・' || c === '•' || c === '∙' || c === '⋅';
/** A power of ten before the denominator's word: 10, 100 … in digits, or 十, 百, 千, 万, 亿 (十万, 百万) in characters. */
const MAGNITUDE = /^(?:10{1,8}(?:[十百千万亿](?![十百千万亿]))?|[十百千]?[万亿]|[十百千])/u;

interface Word {
  end: number;
  /** The unit it is, when it is one (not a per-noun). */
  unit: UnitInfo | undefined;
  /** A power of ten stands before it. */
  scaled: boolean;
}

/** The longest unit word or per-noun at `k`, with a power of ten before it or not (千瓦时, 千人, 万元), else undefined. */
function wordAt(text: string, k: number, g: IndicatorGrammar): Word | undefined {
  let best: Word | undefined;
  const magnitude = MAGNITUDE.exec(text.slice(k, k + 10))?.[0] ?? '';
  for (const from of magnitude === '' ? [k] : [k, k + magnitude.length]) {
    const noun = g.perNouns.startingAt(text, from);
    const unit = g.unitWords.startingAt(text, from);
    const word = noun !== undefined && (unit === undefined || noun.length >= unit.length) ? noun : unit;
    if (word !== undefined && (!best || from + word.length > best.end)) best = { end: from + word.length, unit: word === unit ? g.units.get(word) : undefined, scaled: from > k };
  }
  return best;
}

/**
 * The end of the denominator written after the unit ending at `at` (a slash there), or -1. A count unit takes one only with a
 * power of ten, a measure or a product after the slash (张/千人, 个/平方公里, the mosquito density 只/人·小时 of 病媒生物 plans):
 * a slash between two counts parts alternative classifiers (30台/套), no ratio. Rates, changes and ages take none.
 */
export function perPartEnd(text: string, at: number, numerator: UnitInfo, g: IndicatorGrammar): number {
  if (!isSlash(text[at]) || numerator.unit.includes('/')) return -1;
  const measure = numerator.kind === 'measure' || numerator.amount === true;
  if (!measure && numerator.kind !== 'count') return -1;
  const bracket = text[at + 1] === '（' || text[at + 1] === '(';
  const first = wordAt(text, at + (bracket ? 2 : 1), g);
  if (!first) return -1;
  const second = isProduct(text[first.end]) ? wordAt(text, first.end + 1, g) : undefined;
  // a product after the slash (只/人·小时) is a denominator whatever its first word: alternative classifiers are never multiplied
  if (!measure && !first.scaled && first.unit?.kind !== 'measure' && !second) return -1;
  const end = second ? second.end : first.end;
  if (!bracket) return end;
  // (a bracket holds a product: 吨/（平方公里·年）)
  return second && (text[end] === '）' || text[end] === ')') ? end + 1 : -1;
}

/** The unit of a per-unit quantity: a measure named as written (吨标准煤/万元), with the numerator's other traits dropped. */
export function perUnit(numerator: UnitInfo, written: string): UnitInfo {
  return { unit: written, kind: 'measure', scale: undefined, hanzi: numerator.hanzi, object: 'last', size: false };
}
