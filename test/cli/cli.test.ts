// The CLI contract: formats, stdin, several inputs, --out-dir, errors and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { planSchema } from '../../src/schema.js';
import { ROOT, runCli } from '../helpers.js';

const SEED = 'seeds/001_73bd3943b8d95550.txt';

describe('plan-extract CLI', () => {
  it('should print one JSON plan that passes the schema', () => {
    const run = runCli([SEED]);
    expect(run.status).toBe(0);
    const plan = planSchema.parse(JSON.parse(run.stdout));
    expect(plan.source.path).toBe(SEED);
    expect(plan.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('should print a JSON array for several inputs, in input order', () => {
    const run = runCli(['seeds/002_8e5f57c3d734c99e.txt', SEED]);
    expect(run.status).toBe(0);
    const plans = JSON.parse(run.stdout) as unknown[];
    expect(plans.map((p) => planSchema.parse(p).source.path)).toEqual(['seeds/002_8e5f57c3d734c99e.txt', SEED]);
  });

  it('should print YAML with --format yaml', () => {
    const run = runCli(['--format', 'yaml', SEED]);
    expect(run.status).toBe(0);
    expect(planSchema.parse(parseYaml(run.stdout)).type).toBe('plan');
  });

  it('should read standard input when no file or - is given', () => {
    for (const args of [[], ['-']]) {
      const run = runCli(args, '一、总体要求\n二、主要任务\n');
      expect(run.status).toBe(0);
      const plan = planSchema.parse(JSON.parse(run.stdout));
      expect(plan.children.filter((c) => c.type === 'section')).toHaveLength(2);
    }
  });

  it('should write one file per input with --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    const run = runCli(['--out-dir', dir, SEED, 'seeds/000_02d3ace16047bf58.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['000_02d3ace16047bf58.json', '001_73bd3943b8d95550.json']);
    planSchema.parse(JSON.parse(readFileSync(join(dir, '001_73bd3943b8d95550.json'), 'utf8')));
  });

  it('should report a missing file on one stderr line, exit 1, and still print the others', () => {
    const run = runCli(['no/such/file.txt', SEED]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no/such/file.txt');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/u);
    // Several inputs always give an array, whatever failed.
    const plans = JSON.parse(run.stdout) as unknown[];
    expect(plans.map((p) => planSchema.parse(p).source.path)).toEqual([SEED]);
  });

  it('should stream NDJSON, one document a line, in input order', () => {
    const run = runCli(['--format', 'ndjson', 'seeds/003_726bb1961a53a7e2.txt', SEED]);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((l) => planSchema.parse(JSON.parse(l)).source.path)).toEqual(['seeds/003_726bb1961a53a7e2.txt', SEED]);
  });

  it('should keep input order and report a failing file in a threaded batch', () => {
    const files = ['seeds/004_05f020d46ba48b5f.txt', 'no/such.txt', SEED, 'seeds/000_02d3ace16047bf58.txt', 'seeds/002_8e5f57c3d734c99e.txt'];
    const batch = [...files, ...files.filter((f) => f !== 'no/such.txt')];
    const run = runCli(['--jobs', '2', '--format', 'ndjson', '--summary', ...batch]);
    expect(run.status).toBe(1);
    const paths = run.stdout.trim().split('\n').map((l) => planSchema.parse(JSON.parse(l)).source.path);
    expect(paths).toEqual(batch.filter((f) => f !== 'no/such.txt'));
    expect(run.stderr).toContain('no/such.txt: no such file');
    expect(run.stderr).toMatch(/9 files, \d+ sections, \d+ indicators, \d+ diagnostics, 1 failed/u);
  });

  it('should not draw a progress bar or a summary when stderr is not a terminal', () => {
    const many = Array.from({ length: 25 }, () => SEED);
    const run = runCli(['--format', 'ndjson', '--jobs', '1', ...many]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('should print the outline and an indicators table with --format markdown', () => {
    const run = runCli(['--format', 'markdown', SEED]);
    expect(run.stdout).toContain('# 厦门市翔安区卫生健康局2024年工作计划');
    expect(run.stdout).toContain('- **一、** 坚持党的领导');
    expect(run.stdout).toMatch(/\| metric \| value \|/u);
  });

  it('should stop with status 0 and at most one line when the reader closes the pipe early (| head)', () => {
    for (const args of ['seeds/*.txt', '--help']) {
      const run = spawnSync('bash', ['-c', `node bin/plan-extract.js ${args} | head -1 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      const lines = run.stderr.trim().split('\n');
      expect(lines.at(-1)).toBe('status 0');
      expect(lines.slice(0, -1).every((l) => l === 'plan-extract: standard output was closed by its reader (EPIPE); stopped')).toBe(true);
      expect(lines.length).toBeLessThanOrEqual(2);
    }
  });

  it('should exit 2 on a bad option', () => {
    const run = runCli(['--format', 'docx', SEED]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('should show examples in --help and the version with --version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
