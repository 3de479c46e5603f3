// The tidy tables: one row per thing, every column in every row, ranges as two numbers, flags.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { documentId, planTables, TABLE_NAMES, TABLES } from '../../src/tables/index.js';
import { readSeed } from '../helpers.js';

const plans = new Map<string, Plan>();
async function seedPlan(id: string): Promise<Plan> {
  if (!plans.has(id)) plans.set(id, await extract(readSeed(id), { path: `seeds/${id}.txt` }));
  return plans.get(id)!;
}
const tablesOf = async (id: string) => planTables(await seedPlan(id), { extractorVersion: '9.9.9' });

const countSections = (plan: Plan): number => {
  let n = 0;
  const walk = (children: Plan['children']) => {
    for (const c of children) if (c.type === 'section') (n++, walk(c.children));
  };
  walk(plan.children);
  return n;
};

describe('planTables', () => {
  it('should support one row per document, section, indicator, date and diagnostic', async () => {
    const plan = await seedPlan('002_8e5f57c3d734c99e');
    const t = planTables(plan, { extractorVersion: '9.9.9' });
    expect(t.documents).toHaveLength(1);
    expect(t.sections).toHaveLength(countSections(plan));
    expect(t.indicators).toHaveLength(plan.indicators.length);
    expect(t.dates).toHaveLength(plan.dates.length);
    expect(t.diagnostics).toHaveLength(plan.diagnostics.length);
  });

  it('should support every column in every row, in column order, and nothing else', async () => {
    const t = await tablesOf('004_05f020d46ba48b5f');
    for (const name of TABLE_NAMES) {
      expect(t[name].length).toBeGreaterThan(0);
      for (const row of t[name]) expect(Object.keys(row)).toEqual(TABLES[name].columns.map((c) => c.name));
    }
  });

  it('should support cells of the declared column type (or null)', async () => {
    const t = await tablesOf('002_8e5f57c3d734c99e');
    const expected = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean' } as const;
    for (const name of TABLE_NAMES) {
      for (const row of t[name]) {
        for (const c of TABLES[name].columns) {
          const v = row[c.name];
          if (v !== null) expect(typeof v, `${name}.${c.name}`).toBe(expected[c.type]);
          if (c.type === 'integer' && v !== null) expect(Number.isInteger(v)).toBe(true);
        }
      }
    }
  });

  it('should support the document metadata with the plan years as two numbers', async () => {
    const [doc] = (await tablesOf('002_8e5f57c3d734c99e')).documents;
    expect(doc).toMatchObject({ id: 'seeds/002_8e5f57c3d734c99e.txt', region: '辽源市', planYearFrom: 2021, planYearTo: 2025, extractorVersion: '9.9.9' });
    expect(doc!.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('should support a range as two numbers, with value null', async () => {
    const t = await tablesOf('001_73bd3943b8d95550');
    const row = t.indicators.find((r) => r.metricId === 'family-doctor-coverage')!;
    expect(row).toMatchObject({ value: null, valueMin: 1, valueMax: 3, normalizedMin: 0.01, normalizedMax: 0.03, comparator: 'range', kind: 'change' });
  });

  it('should support a single value as value, min and max alike', async () => {
    const t = await tablesOf('002_8e5f57c3d734c99e');
    const row = t.indicators.find((r) => r.metricId === 'infant-mortality' && r.kind === 'target')!;
    expect(row).toMatchObject({ value: 4, valueMin: 4, valueMax: 4, unit: '‰', normalized: 0.004, comparator: 'at-most' });
  });

  it('should not support bare comparator symbols (a spreadsheet reads "=" as a formula)', async () => {
    for (const id of ['001_73bd3943b8d95550', '002_8e5f57c3d734c99e', '004_05f020d46ba48b5f']) {
      for (const row of (await tablesOf(id)).indicators) {
        expect(['at-least', 'at-most', 'equal', 'about', 'range', 'up-to', null]).toContain(row.comparator);
      }
    }
  });

  it('should support damaged as a boolean on every indicator', async () => {
    const rows = (await tablesOf('002_8e5f57c3d734c99e')).indicators;
    expect(rows.every((r) => typeof r.damaged === 'boolean')).toBe(true);
    expect(rows.filter((r) => r.damaged).length).toBeGreaterThan(0);
  });

  it('should support the enclosing section as a key into sections', async () => {
    const t = await tablesOf('002_8e5f57c3d734c99e');
    const seqs = new Set(t.sections.map((s) => s.seq));
    const placed = t.indicators.filter((r) => r.sectionSeq !== null);
    expect(placed.length).toBeGreaterThan(0);
    for (const r of placed) {
      expect(seqs.has(r.sectionSeq as number)).toBe(true);
      const section = t.sections.find((s) => s.seq === r.sectionSeq)!;
      expect(r.line as number).toBeGreaterThanOrEqual(section.line as number);
    }
    for (const s of t.sections) if (s.parentSeq !== null) expect(seqs.has(s.parentSeq as number)).toBe(true);
  });

  it('should support section paths of markers from the top down', async () => {
    const t = await tablesOf('004_05f020d46ba48b5f');
    for (const s of t.sections) {
      const parent = t.sections.find((p) => p.seq === s.parentSeq);
      expect(s.path).toBe(parent ? `${parent.path as string} > ${s.marker as string}` : s.marker);
    }
  });
});

describe('indicator flags', () => {
  it("should support the diagnostics about an indicator as its flags (贵阳's 婴儿死亡率 ≤7%)", async () => {
    const rows = (await tablesOf('004_05f020d46ba48b5f')).indicators;
    const flagsOf = (metric: string) => rows.find((r) => r.metric === metric)!.flags;
    expect(flagsOf('婴儿死亡率')).toBe('indicator/implausible-unit');
    expect(flagsOf('5岁以下儿童死亡率')).toBe('indicator/implausible-unit');
  });

  it('should not support flagging an indicator that shares the sentence but is not named', async () => {
    const rows = (await tablesOf('004_05f020d46ba48b5f')).indicators;
    expect(rows.find((r) => r.metric === '孕产妇死亡率')!.flags).toBeNull();
  });

  it('should not support the same rule twice in one flags cell', async () => {
    const rows = (await tablesOf('002_8e5f57c3d734c99e')).indicators;
    const lost = rows.find((r) => r.metric === '婴儿死亡率' && r.damaged)!;
    expect(lost.flags).toBe('indicator/missing-value');
  });

  it("should support the indicator's own flags when the pipeline sets them", async () => {
    const plan = structuredClone(await seedPlan('004_05f020d46ba48b5f'));
    const i = plan.indicators.findIndex((x) => x.metric === '孕产妇死亡率');
    (plan.indicators[i] as { flags?: string[] }).flags = ['indicator/doubtful-year', 'indicator/a-rule'];
    const rows = planTables(plan, { extractorVersion: '9.9.9' }).indicators;
    expect(rows[i]!.flags).toBe('indicator/a-rule;indicator/doubtful-year');
  });
});

describe('documentId', () => {
  it('should support one id for the same file however the path is written', () => {
    expect(documentId('./seeds/a.txt', '/work/p')).toBe('seeds/a.txt');
    expect(documentId('/work/p/seeds/a.txt', '/work/p')).toBe('seeds/a.txt');
    expect(documentId('seeds//a.txt', '/work/p')).toBe('seeds/a.txt');
  });

  it('should support standard input as "-"', () => {
    expect(documentId(null)).toBe('-');
  });
});

describe('the package entry point', () => {
  it('should support planTables and the table definitions', async () => {
    const lib = await import('../../src/index.js');
    const plan = await lib.extract('2024年工作计划\n一、目标\n签约率达到60%。', { path: 'a.txt' });
    const rows = lib.planTables(plan, { extractorVersion: '1.0.0' });
    expect(rows.indicators.map((r) => [r.metric, r.value, r.comparator])).toEqual([['签约率', 60, 'equal']]);
    expect(lib.TABLE_NAMES.map((t) => lib.TABLES[t].name)).toEqual(['documents', 'sections', 'indicators', 'dates', 'diagnostics']);
  });
});
