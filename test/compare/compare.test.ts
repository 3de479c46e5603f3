// compare(): a row per metric, a column per document, cells with targets and baseline; and its
// markdown, csv and json renderings.
import { describe, expect, it } from 'vitest';
import { compare, comparisonToCsv, comparisonToMarkdown, formatComparison, formatValue, type Comparison } from '../../src/compare/index.js';
import { extract, type Plan } from '../../src/index.js';

async function plans(): Promise<Plan[]> {
  return [
    await extract('2020年全市卫生健康工作要点\n\n全市婴儿死亡率控制在5‰以内，建成3个示范点。\n', { path: 'a/2020.txt' }),
    await extract(
      '某某市卫生健康“十四五”规划\n\n“十三五”期间，婴儿死亡率由6‰下降到4.5‰。到2025年，婴儿死亡率下降到4‰以下，人均预期寿命提高1岁，新生儿死亡率控制在2‰以下。\n',
      { path: 'b/plan.txt' },
    ),
  ];
}

describe('compare', () => {
  it('should make a column per document and a row per metric, lining up the same metric', async () => {
    const c = compare(await plans());
    expect(c.columns.map((col) => col.path)).toEqual(['a/2020.txt', 'b/plan.txt']);
    const infant = c.rows.find((r) => r.metricId === 'infant-mortality');
    expect(infant?.name).toBe('婴儿死亡率');
    expect(infant?.cells.map((cell) => cell?.targets.map((t) => [t.value, t.unit, t.comparator]))).toEqual([
      [[5, '‰', '<=']],
      [[4, '‰', '<=']],
    ]);
    // The starting level is the baseline, the level reached the actual: kept apart.
    expect(infant?.cells[1]?.baseline).toMatchObject({ value: 6, unit: '‰', kind: 'baseline' });
    expect(infant?.cells[1]?.actual).toMatchObject({ value: 4.5, unit: '‰', kind: 'actual' });
    expect(infant?.cells[0]?.baseline).toBeNull();
    expect(infant?.cells[0]?.actual).toBeNull();
  });

  it('should keep near misses and unmatched metrics apart, unmatched ones under their own name', async () => {
    const c = compare(await plans());
    const neonatal = c.rows.find((r) => r.metricId === 'neonatal-mortality');
    expect(neonatal?.cells[0]).toBeNull();
    const unmatched = c.rows.filter((r) => r.metricId === null);
    expect(unmatched.length).toBeGreaterThan(0);
    expect(unmatched.every((r) => r.key.startsWith('metric:'))).toBe(true);
    // Grammar metrics come first.
    const firstUnmatched = c.rows.findIndex((r) => r.metricId === null);
    expect(c.rows.slice(firstUnmatched).every((r) => r.metricId === null)).toBe(true);
    expect(compare(await plans(), { matchedOnly: true }).rows.every((r) => r.metricId !== null)).toBe(true);
  });

  it('should label documents region + plan years + kind, falling back to the file name', async () => {
    const c = compare([...(await plans()), await extract('没有标题的文字。\n', { path: 'x/y/none.txt' })]);
    expect(c.columns[1]?.label).toMatch(/2021–2025/u);
    expect(c.columns[2]?.label).toBe('none.txt');
  });

  it('should show failed documents as failed columns', async () => {
    const c = compare([...(await plans()), { path: 'bad.txt', error: 'binary file' }]);
    expect(c.columns[2]).toMatchObject({ label: 'bad.txt', error: 'binary file' });
    expect(c.rows.every((r) => r.cells.length === 3 && r.cells[2] === null)).toBe(true);
    expect(comparisonToMarkdown(c)).toContain('| bad.txt (failed) |');
    expect(comparisonToMarkdown(c)).toContain('- bad.txt: bad.txt — failed: binary file');
    expect(comparisonToCsv(c).split('\r\n')[0]).toContain('bad.txt (failed: binary file)');
  });

  it('should match plans read back from JSON without metricId', async () => {
    const old = (await plans()).map((p) => ({ ...p, indicators: p.indicators.map(({ metricId: _, ...rest }) => rest) }));
    expect(compare(old).rows.find((r) => r.metricId === 'infant-mortality')?.cells.filter(Boolean)).toHaveLength(2);
  });
});

describe('formats', () => {
  let c: Comparison;
  it('should render values with comparator, unit, year, changes and lost numbers', async () => {
    c = compare(await plans());
    const v = { metric: 'x', text: 'x', line: 1, damaged: false, kind: 'target', year: 2025, flags: [] } as const;
    expect(formatValue({ ...v, value: 4, unit: '‰', comparator: '<=' })).toBe('≤4‰ (2025)');
    expect(formatValue({ ...v, value: [1, 3], unit: '个百分点', comparator: 'range', kind: 'change', year: null })).toBe('Δ1–3个百分点');
    expect(formatValue({ ...v, value: null, unit: '/10万', comparator: '<=', damaged: true })).toBe('≤?/10万 (2025, lost)');
    expect(formatValue({ ...v, value: 45, unit: '%', comparator: '~' })).toBe('约45% (2025)');
    expect(formatValue({ ...v, value: 7, unit: '%', comparator: '<=', flags: ['indicator/implausible-unit'] })).toBe('≤7% (2025) ⚑implausible-unit');
    expect(formatValue({ ...v, value: null, unit: '‰', comparator: null, damaged: true, flags: ['indicator/missing-value'] })).toBe('?‰ (2025) ⚑missing-value');
  });

  it('markdown: a header with one column per document, a separator, one line per row', () => {
    const lines = comparisonToMarkdown(c).split('\n');
    expect(lines[0]).toBe(`| metric | metricId | ${c.columns.map((col) => col.label).join(' | ')} |`);
    expect(lines[1]).toBe('| --- | --- | --- | --- |');
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(c.rows.length + 2);
    expect(lines).toContain('| 婴儿死亡率 | infant-mortality | ≤5‰ (2020) | ≤4‰ (2025); baseline 6‰; actual 4.5‰ (2020) |');
  });

  it('csv: BOM, CRLF, header metricId,metric,<labels>, a record per row', () => {
    const csv = comparisonToCsv(c);
    expect(csv.startsWith('\ufeffmetricId,metric,')).toBe(true);
    const records = csv.slice(1).split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records).toHaveLength(c.rows.length + 2);
    expect(records).toContain('infant-mortality,婴儿死亡率,≤5‰ (2020),≤4‰ (2025); baseline 6‰; actual 4.5‰ (2020)');
  });

  it('json: the Comparison itself', () => {
    expect(JSON.parse(formatComparison(c, 'json'))).toEqual(JSON.parse(JSON.stringify(c)));
  });
});

describe('rows by unit class', () => {
  it('should support a value of an unexpected class in a row of its own, with one diagnostic per place', async () => {
    const a = await extract('全市婴儿死亡率控制在5‰以内。\n', { path: 'a.txt' });
    const b = await extract('全市婴儿死亡率控制在5个以内，婴儿死亡率控制在5个以内。\n', { path: 'b.txt' });
    const c = compare([a, b]);
    const infant = c.rows.filter((r) => r.metricId === 'infant-mortality');
    expect(infant.map((r) => [r.key, r.unitClass])).toEqual([
      ['infant-mortality', 'rate'],
      ['infant-mortality@count', 'count'],
    ]);
    expect(c.diagnostics.map((d) => [d.rule, d.path, d.line, d.column])).toEqual([
      ['compare/unit-mismatch', 'b.txt', 1, 1],
      ['compare/unit-mismatch', 'b.txt', 1, 16],
    ]);
  });

  it('should support an unknown metric named as a rate keeping counts out of its row, and ages as groups', async () => {
    const plan = await extract('某某筛查率达到90%，某某筛查率达到3家。为35—64岁妇女免费做检查，人均寿命达到80岁，平均初婚年龄提高到28岁。\n');
    const c = compare([plan]);
    expect(c.rows.map((r) => [r.name, r.unitClass])).toEqual(expect.arrayContaining([['某某筛查率（家）', 'count']]));
    // The limit of a service's population, named by the service and 年龄, is no age of a population.
    expect(c.populations.map((p) => p.group)).toEqual(['妇女免费检查年龄']);
    // An age is a level of a metric that is an age.
    expect(c.rows.filter((r) => r.unitClass === 'age').map((r) => r.name)).toEqual(['人均寿命', '平均初婚年龄']);
  });
});

describe('unit classes (grammars/metrics.yaml unitClasses and the units\' kinds)', () => {
  it('should support rates, counts, days, money, ages and each other measure alone, multipliers aside', async () => {
    const { defaultGrammars } = await import('../../src/grammar/grammars.js');
    const g = defaultGrammars().metrics;
    expect(['%', '‰', '/10万', '个百分点', '万分之'].map(g.unitClass)).toEqual(['rate', 'rate', 'rate', 'rate', 'rate']);
    expect(['个', '万人', '家', '天', '日', '元', '万元', '亿元', '岁', '月龄'].map(g.unitClass)).toEqual(['count', 'count', 'count', 'days', 'days', 'money', 'money', 'money', 'age', 'age']);
    expect(['小时', '微克/立方米', '万吨'].map(g.unitClass)).toEqual(['measure:小时', 'measure:微克/立方米', 'measure:吨']);
    expect(g.unitClass(null)).toBe('none');
  });
});
