// Test helper: a plan as the scorer compares it, without positions (sections, indicators,
// metadata as normalised strings), and how many such items a second reading lost.
import type { Plan } from '../src/schema.js';

/** What the scorer compares, without positions: sections, indicators, metadata. */
export function items(plan: Plan): string[] {
  const n = (s: unknown): string => String(s).normalize('NFKC').replace(/\s+/gu, '');
  const out: string[] = [];
  const walk = (nodes: Plan['children'], depth: number): void => {
    for (const c of nodes) {
      if (c.type !== 'section') continue;
      out.push(`section ${depth} ${n(c.marker)} ${n(c.title)}`);
      walk(c.children, depth + 1);
    }
  };
  walk(plan.children, 0);
  for (const i of plan.indicators) out.push(`indicator ${n(i.metric)} ${i.value} ${n(i.unit)} ${i.comparator} ${i.kind} ${i.year}`);
  for (const [k, v] of Object.entries(plan.meta)) out.push(`meta ${k} ${n(JSON.stringify(v))}`);
  return out;
}

/** How many of `a`'s items `b` lacks (as multisets). */
export function lost(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  let missing = 0;
  for (const x of a) {
    const k = left.get(x) ?? 0;
    if (k > 0) left.set(x, k - 1);
    else missing++;
  }
  return missing;
}
