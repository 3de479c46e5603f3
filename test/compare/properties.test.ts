// What makes the comparison one an analyst can sign, pinned through the real CLI on the seeds and
// the dev corpus: its JSON follows the published schema (version 1), problems travel with the
// values (贵阳's 婴儿死亡率 ≤7% is flagged), a row holds one class of number (no count of days in
// a rate row), ages that name a population are not rows, baseline and actual stay apart, every
// value links back to its document, line and text, and each problem is reported once per place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Comparison, ComparisonValue } from '../../src/compare/index.js';
import { comparisonJsonSchema } from '../../src/compare/schema.js';
import { defaultGrammars } from '../../src/grammar/grammars.js';
import { ROOT, runCli, seedIds } from '../helpers.js';

const SCHEMA_FILE = join(ROOT, 'schemas', 'compare.schema.json');
const published = () => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const grammar = defaultGrammars().metrics;

function compareJson(inputs: string[]): Comparison {
  const run = runCli(['compare', '--format', 'json', ...inputs]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Comparison;
}

const valuesOf = (c: Comparison) =>
  c.rows.flatMap((row) => row.cells.flatMap((cell, col) => (cell ? [...cell.targets, ...(cell.baseline ? [cell.baseline] : []), ...(cell.actual ? [cell.actual] : [])].map((v) => ({ row, col, v })) : [])));

const CORPORA: Array<[string, () => string[]]> = [
  ['the seeds', () => seedIds().map((id) => `seeds/${id}.txt`)],
  ['the dev corpus', () => ['fixtures/dev/docs']],
];

describe('compare JSON schema', () => {
  it('should be up to date (regenerate: npm run build && node scripts/write-schemas.mjs)', () => {
    expect(published()).toEqual(JSON.parse(JSON.stringify(comparisonJsonSchema())));
  });
});

describe.each(CORPORA)('plan-extract compare on %s', (_, inputs) => {
  const c = compareJson(inputs());

  it('should support the published schema and version 1, and reject another version', () => {
    const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(published());
    expect(validate(c), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(c.version).toBe(1);
    expect(validate({ ...c, version: 2 })).toBe(false);
  });

  it('should support one class of number per row: no count or days in a rate row', () => {
    for (const { row, v } of valuesOf(c)) {
      const cls = grammar.unitClass(v.unit);
      expect(cls === row.unitClass || cls === 'none', `${row.name}: ${v.text}`).toBe(true);
    }
    // A grammar metric's own row holds its own class: rate for the rates.
    for (const row of c.rows.filter((r) => r.metricId !== null && !r.key.includes('@'))) {
      const units = [...(grammar.byId.get(row.metricId!)?.units.keys() ?? [])];
      expect(row.unitClass === 'none' || row.unitClass === grammar.unitClass(units[0] ?? null), row.name).toBe(true);
    }
  });

  it('should not support population groups as rows: an age is a row only for a metric that is an age', () => {
    for (const { row, v } of valuesOf(c)) {
      if (grammar.unitClass(v.unit) !== 'age') continue;
      const ageMetric = row.metricId ? [...(grammar.byId.get(row.metricId)?.units.keys() ?? [])].some((u) => grammar.unitClass(u) === 'age') : grammar.ageEndings.some((e) => row.name.endsWith(e));
      expect(ageMetric, `${row.name}: ${v.text}`).toBe(true);
    }
    for (const p of c.populations) expect(grammar.unitClass(p.unit)).toBe('age');
  });

  it('should support baseline and actual kept distinct', () => {
    for (const cell of c.rows.flatMap((r) => r.cells)) {
      if (cell?.baseline) expect(cell.baseline.kind).toBe('baseline');
      if (cell?.actual) expect(cell.actual.kind).toBe('actual');
      for (const t of cell?.targets ?? []) expect(['target', 'change']).toContain(t.kind);
    }
  });

  it('should support every value and group linking back to its document, line and text', () => {
    const texts = new Map<string, string[]>();
    const lineOf = (path: string, line: number) => {
      if (!texts.has(path)) texts.set(path, readFileSync(join(ROOT, path), 'utf8').split('\n'));
      return texts.get(path)![line - 1] ?? '';
    };
    const check = (v: Pick<ComparisonValue, 'path' | 'line' | 'column' | 'text'>, col: number) => {
      expect(v.path).toBe(c.columns[col]?.path);
      expect(lineOf(v.path!, v.line).slice(v.column - 1).startsWith(v.text.split('\n')[0]!), `${v.path}:${v.line}:${v.column} ${v.text}`).toBe(true);
    };
    for (const { v, col } of valuesOf(c)) check(v, col);
    for (const p of c.populations) check(p, p.document);
  });

  it('should support one diagnostic per problem and place', () => {
    const places = c.diagnostics.map((d) => `${d.rule} ${d.path}:${d.line}:${d.column}`);
    expect(new Set(places).size).toBe(places.length);
  });
});

describe('plan-extract compare on the seeds', () => {
  const c = compareJson(seedIds().map((id) => `seeds/${id}.txt`));
  const col = (region: string) => c.columns.findIndex((x) => x.region === region);

  it("should support 贵阳's 婴儿死亡率 ≤7% shown with its flag", () => {
    const infant = c.rows.find((r) => r.metricId === 'infant-mortality');
    expect(infant?.cells[col('贵阳市')]?.targets).toMatchObject([{ value: 7, unit: '%', flags: ['indicator/implausible-unit'] }]);
    const run = runCli(['compare', '--format', 'markdown', ...seedIds().map((id) => `seeds/${id}.txt`)]);
    expect(run.stdout.split('\n').find((l) => l.startsWith('| 婴儿死亡率 |'))).toContain('≤7% (2020) ⚑implausible-unit');
  });

  it('should support the population groups of the seeds listed apart, not as rows', () => {
    expect(c.populations.map((p) => [c.columns[p.document]?.region, p.group, p.value, p.unit])).toEqual([
      ['辽源市', '就诊人群首诊时年龄', 35, '岁'],
      ['上海市宝山区', '重点人群分类分级健康服务年龄', 65, '岁'],
      ['贵阳市', '农村妇女免费"两癌"检查年龄', [35, 64], '岁'],
      ['贵阳市', '儿童免费发放营养包月龄', [6, 24], '月龄'],
    ]);
    expect(c.rows.filter((r) => c.populations.some((p) => p.group === r.name))).toEqual([]);
  });

  it('should not support 310天 in the 空气质量优良天数比率 (%) row: the days have a row of their own', () => {
    const rows = c.rows.filter((r) => r.metricId === 'air-quality-good-days');
    expect(rows.map((r) => [r.key, r.unitClass, r.name])).toEqual([['air-quality-good-days@days', 'days', '城市空气质量优良天数（天）']]);
  });
});
