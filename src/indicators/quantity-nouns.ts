// A compound noun of an amount right before its value: a word ending in 量 (旅客发送量, 网站访问量), the head of a statistic.
import type { IndicatorGrammar } from '../grammar/indicators.js';
import { HAN } from '../text/han.js';

/**
 * Whether the text right before `at` ends in a compound noun of an amount (grammar amountHeadSuffixes: 旅客发送量, 政务服务办件量):
 * the ending after at least one Han character, and no word whose ending names no amount (grammar notAmountHeads: 质量, 尽量, 测量).
 */
export function quantityNounBefore(text: string, at: number, g: IndicatorGrammar): boolean {
  const suffix = g.amountHeadSuffixes.endingAt(text, at);
  if (suffix === undefined || !HAN.test(text[at - suffix.length - 1] ?? '')) return false;
  return g.notAmountHeads.endingAt(text, at) === undefined;
}
