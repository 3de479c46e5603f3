// How plan values read in the report: document labels, indicator values.
import type { Indicator, Plan } from '../schema.js';

const COMPARATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '', '~': '≈', range: '', max: '≤' };

export function comparatorSymbol(comparator: Indicator['comparator']): string {
  return comparator === null ? '' : (COMPARATORS[comparator] ?? comparator);
}

export function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** "≤20/10万", "1–3个百分点", "—" for a value lost in the source. */
export function formatValue(indicator: Pick<Indicator, 'value' | 'unit' | 'comparator'>): string {
  const { value, unit, comparator } = indicator;
  if (value === null) return '—';
  const number = Array.isArray(value) ? `${formatNumber(value[0])}–${formatNumber(value[1])}` : formatNumber(value);
  return `${comparatorSymbol(comparator)}${number}${unit ?? ''}`;
}

/** A document as the comparison names it: region + plan years + kind ("贵阳市 2020 工作要点"). */
export function documentLabel(plan: Plan, fallback: string): string {
  const { region, planYears, kind } = plan.meta;
  const years = planYears ? (planYears[0] === planYears[1] ? String(planYears[0]) : `${planYears[0]}–${planYears[1]}`) : null;
  const parts = [region, years, kind].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' ') : fallback;
}
