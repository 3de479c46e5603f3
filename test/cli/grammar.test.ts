// --grammar (extract, check, and grammar: in the check configuration) and --metrics (compare,
// report), through the real built CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanChild } from '../../src/schema.js';
import { ROOT, runCli, SEEDS } from '../helpers.js';

const TIANGAN = join(ROOT, 'fixtures', 'grammars', 'tiangan.yaml');
const FOOD_METRICS = join(ROOT, 'fixtures', 'grammars', 'food-safety-metrics.yaml');
const S002 = join(SEEDS, '002_8e5f57c3d734c99e.txt');
const DOC = '一、总体要求\n甲、加强组织领导\n坚持党的全面领导。\n乙、完善工作机制\n健全协调机制。\n丁、落实责任\n压实责任。\n';

const schemes = (children: readonly PlanChild[]): string[] => children.flatMap((c) => (c.type === 'section' ? [c.scheme, ...schemes(c.children)] : []));

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-grammar-'));
  writeFileSync(join(dir, 'doc.txt'), DOC);
  return dir;
}

describe('--grammar', () => {
  it('should support adding a numbering scheme to extract', () => {
    const dir = workdir();
    const plain = JSON.parse(runCli(['doc.txt'], undefined, {}, dir).stdout) as Plan;
    const run = runCli(['--grammar', TIANGAN, 'doc.txt'], undefined, {}, dir);
    expect(run.status).toBe(0);
    expect(schemes(plain.children)).toEqual(['hanzi-comma']);
    expect(schemes((JSON.parse(run.stdout) as Plan).children)).toEqual(['hanzi-comma', 'tiangan', 'tiangan', 'tiangan']);
  });

  it('should support the same grammar on worker threads (many files)', () => {
    const dir = workdir();
    const files = Array.from({ length: 10 }, (_, i) => `d${i}.txt`);
    for (const f of files) writeFileSync(join(dir, f), DOC);
    const run = runCli(['--grammar', TIANGAN, '-j', '2', '--format', 'ndjson', ...files], undefined, {}, dir);
    expect(run.status).toBe(0);
    const plans = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Plan);
    expect(plans).toHaveLength(10);
    for (const p of plans) expect(schemes(p.children)).toContain('tiangan');
  });

  it('should support the scheme in check: a gap in the user scheme is reported', () => {
    const dir = workdir();
    const run = runCli(['check', '--reporter', 'json', '--grammar', TIANGAN, 'doc.txt'], undefined, {}, dir);
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0]?.messages ?? [];
    expect(messages.some((m) => m.ruleId === 'numbering/gap')).toBe(true);
    const without = runCli(['check', '--reporter', 'json', 'doc.txt'], undefined, {}, dir);
    expect(without.stdout).not.toContain('numbering/gap');
  });

  it('should support grammar: in the check configuration, relative to the configuration file', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'mine.yaml'), readFileSync(TIANGAN));
    writeFileSync(join(dir, '.planextractrc.yaml'), 'grammar: mine.yaml\n');
    const run = runCli(['check', '--reporter', 'json', 'doc.txt'], undefined, {}, dir);
    expect(run.stdout).toContain('numbering/gap');
  });

  it('should not support a bad grammar file: one line naming the file and the field, exit 2, no input read', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'bad.yaml'), 'outline:\n  schemes:\n    - id: x\n      pattern: "(?<marker>甲、)"\n      numeral: roman-ish\n      rank: 1\n');
    for (const args of [['--grammar', 'bad.yaml', 'doc.txt'], ['check', '--grammar', 'bad.yaml', 'doc.txt']]) {
      const run = runCli(args, undefined, {}, dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^plan-extract: bad\.yaml: outline\.schemes\.0\.numeral: /u);
    }
    const missing = runCli(['--grammar', 'nope.yaml', 'doc.txt'], undefined, {}, dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('plan-extract: nope.yaml: cannot read grammar: no such file\n');
  });
});

describe('--metrics', () => {
  it('should support a metrics file in compare: indicators are matched with it', () => {
    const before = runCli(['compare', '--format', 'json', '--matched-only', S002]);
    const run = runCli(['compare', '--format', 'json', '--matched-only', '--metrics', FOOD_METRICS, S002]);
    expect(run.status).toBe(0);
    const keys = (out: string) => (JSON.parse(out) as { rows: Array<{ key: string }> }).rows.map((r) => r.key);
    expect(keys(before.stdout)).not.toContain('food-safety-sampling');
    expect(keys(run.stdout)).toContain('food-safety-sampling');
    expect(keys(run.stdout)).toContain('infant-mortality');
  });

  it('should support a metrics file in report: its metric gets a row of the comparison', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-metrics-'));
    const out = join(dir, 'r.html');
    const run = runCli(['report', '--metrics', FOOD_METRICS, '-o', out, S002]);
    expect(run.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('food-safety-sampling');
  });
});
