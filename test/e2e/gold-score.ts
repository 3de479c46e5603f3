// Scores plan documents against hand-checked gold the way the project lead's scorer does
// (../shared/eval/score.mjs; the format is in fixtures/gold/README.md and INDICATORS.md), so the
// test suite can hold floors without the shared folder:
//   outline     nodes aligned by the longest common subsequence of depth|marker, then titles;
//   indicators  same value and unit, and a source span overlapping the gold text at its line,
//               paired one to one by maximum bipartite matching; the metric name scored apart;
//   meta        field by field.
// Text is compared after NFKC normalisation with white space removed.
import type { Indicator, Plan, PlanChild } from '../../src/schema.js';

const norm = (s: unknown): string => String(s ?? '').normalize('NFKC').replace(/\s+/gu, '');
const normMarker = (s: string): string => norm(s).replace(/^[-*•·]+/u, '').replace(/[,，]$/u, '');
const normTitle = (s: string): string => norm(s).replace(/[。，,;；:：.!！?？、]+$/u, '');
const normUnit = (s: unknown): string => {
  const u = norm(s);
  if (/^(1?\/10万|\/十万|\/100000|每10万|十万分之)$/u.test(u)) return '/10万';
  if (/^(1?\/1万|\/万|每万|万分之)$/u.test(u)) return '/1万';
  return u;
};

interface OutlineNode {
  depth: number;
  marker: string;
  title: string;
}

export function parseGoldOutline(text: string): OutlineNode[] {
  return text
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [marker = '', title = ''] = line.trim().split('\t');
      return { depth: (line.match(/^ */u)?.[0].length ?? 0) / 2 + 1, marker: normMarker(marker), title: normTitle(title) };
    });
}

/** Depth counts marker-bearing ancestors, as the scorer does (the output's depth field is not read). */
export function outlineOf(children: readonly PlanChild[], depth = 1, out: OutlineNode[] = []): OutlineNode[] {
  for (const child of children) {
    if (child.type !== 'section') continue;
    out.push({ depth, marker: normMarker(child.marker), title: normTitle(child.title) });
    outlineOf(child.children, depth + 1, out);
  }
  return out;
}

function lcsPairs<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): Array<[number, number]> {
  const dp = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (dp[i] as Uint32Array)[j] =
        key(a[i] as T) === key(b[j] as T) ? (dp[i + 1] as Uint32Array)[j + 1]! + 1 : Math.max((dp[i + 1] as Uint32Array)[j]!, (dp[i] as Uint32Array)[j + 1]!);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i] as T) === key(b[j] as T)) pairs.push([i++, j++]);
    else if ((dp[i + 1] as Uint32Array)[j]! >= (dp[i] as Uint32Array)[j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export interface OutlineScore {
  gold: number;
  got: number;
  matched: number;
  titles: number;
  exact: boolean;
}

export function scoreOutline(gold: readonly OutlineNode[], got: readonly OutlineNode[]): OutlineScore {
  const pairs = lcsPairs(gold, got, (x) => `${x.depth}|${x.marker}`);
  const titles = pairs.filter(([g, o]) => (gold[g] as OutlineNode).title === (got[o] as OutlineNode).title).length;
  const exact = gold.length === got.length && pairs.length === gold.length && titles === gold.length;
  return { gold: gold.length, got: got.length, matched: pairs.length, titles, exact };
}

/** A gold indicator item (fixtures/gold/INDICATORS.md). */
export interface GoldIndicator {
  text: string;
  line: number;
  metric: string;
  value: number | number[] | null;
  unit: string | null;
  comparator: string | null;
  kind: string | null;
  year: number | null;
}

const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
};

const metricMatch = (g: string, o: string): boolean => {
  const a = norm(g);
  const b = norm(o);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
};

export interface IndicatorScore {
  gold: number;
  got: number;
  matched: number;
  metric: number;
}

export function scoreIndicators(gold: readonly GoldIndicator[], got: readonly Indicator[], source: string): IndicatorScore {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const spans = gold.map((g) => {
    const at = source.indexOf(g.text, lineStarts[g.line - 1] ?? source.length);
    return at < 0 ? null : ([at, at + g.text.length] as const);
  });
  const fits = (gi: number, o: Indicator): boolean => {
    const g = gold[gi] as GoldIndicator;
    if (!sameValue(g.value, o.value) || normUnit(g.unit) !== normUnit(o.unit)) return false;
    const span = spans[gi];
    if (!span) return metricMatch(g.metric, o.metric);
    return Math.min(o.position.end.offset, span[1]) - Math.max(o.position.start.offset, span[0]) > 0;
  };
  // Candidates with a matching metric name first, so the pairing does not hide naming errors.
  const candidates = gold.map((g, gi) =>
    got
      .map((o, j) => ({ o, j }))
      .filter(({ o }) => fits(gi, o))
      .sort((x, y) => Number(metricMatch(g.metric, y.o.metric)) - Number(metricMatch(g.metric, x.o.metric)) || x.j - y.j)
      .map(({ j }) => j),
  );
  const owner = new Array<number>(got.length).fill(-1);
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const j of candidates[gi] as number[]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if ((owner[j] as number) < 0 || augment(owner[j] as number, seen)) {
        owner[j] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => augment(gi, new Set()));
  let matched = 0;
  let metric = 0;
  owner.forEach((gi, j) => {
    if (gi < 0) return;
    matched++;
    if (metricMatch((gold[gi] as GoldIndicator).metric, (got[j] as Indicator).metric)) metric++;
  });
  return { gold: gold.length, got: got.length, matched, metric };
}

export const META_FIELDS = ['title', 'issuer', 'docNumber', 'issueDate', 'publishDate', 'region', 'planYears'] as const;

export function scoreMeta(gold: Record<string, unknown>, meta: Plan['meta']): { fields: number; right: number; wrong: string[] } {
  const wrong = META_FIELDS.filter((f) => {
    const want = gold[f] ?? null;
    const have = meta[f] ?? null;
    return Array.isArray(want) ? JSON.stringify(want) !== JSON.stringify(have) : norm(want) !== norm(have);
  });
  return { fields: META_FIELDS.length, right: META_FIELDS.length - wrong.length, wrong: [...wrong] };
}

export const f1 = (matched: number, gold: number, got: number): number => (gold + got === 0 ? 100 : (200 * matched) / (gold + got));
export const pct = (part: number, whole: number): number => (whole === 0 ? 100 : (100 * part) / whole);
