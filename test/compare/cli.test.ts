// `plan-extract compare` on the seeds, through the real CLI: the 婴儿死亡率 and 孕产妇死亡率 rows line
// up 辽源 十四五 and 贵阳 2020 with the grammar's metricIds; formats, failures and exit statuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/index.js';
import { runCli, seedIds } from '../helpers.js';

const seeds = () => seedIds().map((id) => `seeds/${id}.txt`);

describe('plan-extract compare', () => {
  it('should pin the mortality rows of the seeds (markdown)', () => {
    const run = runCli(['compare', '--format', 'markdown', ...seeds()]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('| metric | metricId | 中山市 2021 重点工作 | 厦门市翔安区 2024 年度工作计划 | 辽源市 2021–2025 五年规划 | 上海市宝山区 2023 工作要点 | 贵阳市 2020 工作要点 |');
    expect(lines).toContain('| 婴儿死亡率 | infant-mortality |  |  | ≤4‰ (2025); baseline ?‰ ⚑missing-value; actual ?‰ (2020) ⚑missing-value |  | ≤7% (2020) ⚑implausible-unit |');
    expect(lines).toContain('| 孕产妇死亡率 | maternal-mortality |  |  | ≤?/10万 (2025) ⚑missing-value; baseline ?/10万 ⚑missing-value; actual 0/10万 (2020) |  | ≤20/10万 (2020) |');
    expect(lines).toContain('| 人均预期寿命 | life-expectancy |  |  | Δ1岁 (2025); baseline ?岁 (2015) ⚑missing-value; actual ≥78岁 (2020) |  |  |');
    expect(lines).toContain('| 5岁以下儿童死亡率 | under5-mortality |  |  | baseline ?‰ ⚑missing-value; actual ?‰ (2020) ⚑missing-value |  | ≤9.5% (2020) ⚑implausible-unit |');
    expect(lines).toContain('| 适龄儿童免疫规划疫苗接种率 | immunization-coverage |  |  | ≥90% |  | ≥95% (2020) |');
  });

  it('should print the typed Comparison as JSON (the default when not on a terminal)', () => {
    const run = runCli(['compare', ...seeds()]);
    expect(run.status).toBe(0);
    const c = JSON.parse(run.stdout) as Comparison;
    expect(c.columns.map((col) => col.label)).toContain('辽源市 2021–2025 五年规划');
    const liaoyuan = c.columns.findIndex((col) => col.region === '辽源市');
    const guiyang = c.columns.findIndex((col) => col.region === '贵阳市');
    const row = (id: string) => c.rows.find((r) => r.metricId === id);
    expect(row('infant-mortality')?.cells[liaoyuan]?.targets[0]).toMatchObject({ value: 4, unit: '‰', comparator: '<=', year: 2025 });
    expect(row('infant-mortality')?.cells[guiyang]?.targets[0]).toMatchObject({ value: 7, unit: '%', comparator: '<=', year: 2020 });
    expect(row('maternal-mortality')?.cells[guiyang]?.targets[0]).toMatchObject({ value: 20, unit: '/10万', year: 2020 });
    expect(row('maternal-mortality')?.cells[liaoyuan]?.actual).toMatchObject({ value: 0, unit: '/10万', year: 2020 });
    expect(row('maternal-mortality')?.cells[liaoyuan]?.baseline).toMatchObject({ value: null, damaged: true, flags: ['indicator/missing-value'] });
  });

  it('should write CSV with a BOM, one column per document', () => {
    const run = runCli(['compare', '--format', 'csv', '--matched-only', ...seeds()]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\ufeffmetricId,metric,中山市 2021 重点工作,')).toBe(true);
    expect(run.stdout).toContain('\r\ninfant-mortality,婴儿死亡率,,,≤4‰ (2025); baseline ?‰ ⚑missing-value; actual ?‰ (2020) ⚑missing-value,,≤7% (2020) ⚑implausible-unit\r\n');
  });

  it('should work on a directory, list failed documents and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-compare-'));
    writeFileSync(join(dir, 'a.txt'), '2020年全市卫生健康工作要点\n\n全市婴儿死亡率控制在5‰以内。\n');
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const run = runCli(['compare', '--format', 'markdown', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/b\.txt: .*binary/u);
    expect(run.stdout).toContain('| b.txt (failed) |');
    expect(run.stdout).toMatch(/\| 婴儿死亡率 \| infant-mortality \| ≤5‰ \(2020\) \|  \|/u);
  });

  it('should exit 2 on bad usage', () => {
    expect(runCli(['compare']).status).toBe(2);
    expect(runCli(['compare', '--format', 'xml', 'seeds']).status).toBe(2);
    expect(runCli(['compare', 'no/such/*.txt']).status).toBe(2);
  });
});
