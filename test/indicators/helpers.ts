// Runs the indicator extractor on a bare string, as if it were one paragraph of a plan.
import { extractFromText, type PlanYears } from '../../src/indicators/extract.js';
import { extract } from '../../src/index.js';
import { grammars } from '../grammar-helpers.js';

export interface Item {
  metric: string;
  value: number | [number, number] | null;
  unit: string | null;
  comparator: string | null;
  kind: string;
  year: number | null;
  text: string;
  damaged?: boolean;
  normalized?: unknown;
}

export const MULTI_YEAR: PlanYears = { years: [2021, 2025], annual: false };
export const ANNUAL_2024: PlanYears = { years: [2024, 2024], annual: true };

export function indicators(text: string, plan: PlanYears = MULTI_YEAR): Item[] {
  return extractFromText(text, 0, text.length, plan, grammars().indicators, grammars().periods).map((f) => ({
    ...f.indicator,
    text: text.slice(f.start, f.end),
  }));
}

/** metric|value|unit|comparator|kind|year of each item: compact for expectations. */
export const brief = (items: Item[]): string[] =>
  items.map((i) => [i.metric, JSON.stringify(i.value), i.unit, i.comparator, i.kind, i.year].join('|'));

/** metric|value|unit of each item of a text read in `plan` (an annual 2024 plan unless told). */
export const names = (text: string, plan: PlanYears = ANNUAL_2024): string[] => brief(indicators(text, plan)).map((b) => b.split('|').slice(0, 3).join('|'));

/** The items of a whole document through the pipeline, one line each: metric|value|unit|comparator|kind|year|"text". */
export async function documentItems(text: string): Promise<string[]> {
  const plan = await extract(text);
  return plan.indicators.map((i) => [i.metric, JSON.stringify(i.value), i.unit, i.comparator, i.kind, String(i.year), JSON.stringify(i.text)].join('|'));
}
