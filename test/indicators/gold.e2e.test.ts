// The seeds' gold indicators, end to end through the real CLI, matched as the scorer
// (../shared/eval/score.mjs) matches them: same value, same unit, metric contained either way;
// then comparator, kind and year of the matched items.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { planSchema, type Indicator } from '../../src/schema.js';
import { readGold, readSeed, runCli, seedIds } from '../helpers.js';
import type { Item } from './helpers.js';

/** A gold item: the extractor's item shape plus the line the text starts on. */
interface GoldItem extends Item {
  line: number;
}

const norm = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/\s+/gu, '');
const normUnit = (s: unknown) => (/^(1?\/10万|\/十万|\/100000|每10万|万分之)$/u.test(norm(s)) ? '/10万' : norm(s));
const sameValue = (a: GoldItem['value'], b: Indicator['value']): boolean => {
  if (a === null) return b === null;
  if (Array.isArray(a)) return Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
  return typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
};
const metricMatch = (g: string, o: string) => {
  const a = norm(g);
  const b = norm(o);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
};

function score(gold: GoldItem[], got: Indicator[]) {
  const used = new Set<number>();
  const fields = { comparator: 0, kind: 0, year: 0 };
  const misses: string[] = [];
  for (const g of gold) {
    const idx = got.findIndex((o, i) => !used.has(i) && sameValue(g.value, o.value) && normUnit(g.unit) === normUnit(o.unit) && metricMatch(g.metric, o.metric));
    if (idx < 0) {
      misses.push(`${g.metric} ${JSON.stringify(g.value)}${g.unit ?? ''}`);
      continue;
    }
    used.add(idx);
    const o = got[idx] as Indicator;
    if (g.comparator === o.comparator) fields.comparator++;
    if (g.kind === o.kind) fields.kind++;
    if (g.year === o.year) fields.year++;
  }
  return { gold: gold.length, got: got.length, matched: used.size, fields, misses };
}

describe('gold indicators through the CLI', () => {
  const total = { gold: 0, got: 0, matched: 0, comparator: 0, kind: 0, year: 0 };
  const ids = seedIds();
  const plans = new Map<string, Indicator[]>();

  for (const id of ids) {
    it(`should find the indicators of ${id}`, () => {
      const run = runCli(['--format', 'json', `seeds/${id}.txt`]);
      expect(run.status).toBe(0);
      const plan = planSchema.parse(JSON.parse(run.stdout));
      plans.set(id, plan.indicators);
      const gold = parseYaml(readGold(`${id}.indicators.yaml`)) as GoldItem[];
      const s = score(gold, plan.indicators);
      total.gold += s.gold;
      total.got += s.got;
      total.matched += s.matched;
      total.comparator += s.fields.comparator;
      total.kind += s.fields.kind;
      total.year += s.fields.year;
      expect(s.misses).toEqual([]);
    });
  }

  it('should reach F1 ≥ 95 and comparator, kind, year ≥ 95 over all seeds', () => {
    const f1 = (200 * total.matched) / (total.gold + total.got);
    expect(f1).toBeGreaterThanOrEqual(95);
    expect((100 * total.comparator) / total.matched).toBeGreaterThanOrEqual(95);
    expect((100 * total.kind) / total.matched).toBeGreaterThanOrEqual(95);
    expect((100 * total.year) / total.matched).toBeGreaterThanOrEqual(95);
  });

  it('should give each indicator the exact source slice at its position', () => {
    expect(plans.size).toBe(ids.length);
    for (const [id, indicators] of plans) {
      const source = readSeed(id);
      for (const i of indicators) expect(source.slice(i.position.start.offset, i.position.end.offset)).toBe(i.text);
    }
  });
});
