// `plan-extract report` through the real CLI: output file, failed inputs, usage errors.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const SEED = 'seeds/004_05f020d46ba48b5f.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'plan-extract-report-'));

describe('plan-extract report', () => {
  it('should write one HTML page and print nothing', () => {
    const out = join(tmp(), 'sub', 'report.html');
    const run = runCli(['report', SEED, 'seeds/002_8e5f57c3d734c99e.txt', '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('贵阳市 2020 工作要点');
    // Every id is unique.
    const ids = [...html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should list a file it cannot read, exit 1, and still write the others', () => {
    const out = join(tmp(), 'report.html');
    const run = runCli(['report', 'no/such.txt', SEED, '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no/such.txt');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<li class="failed">no/such.txt');
    expect(html.match(/<section class="doc"/gu)).toHaveLength(1);
  });

  it('should write the page on standard output without -o, and exit 2 without inputs', () => {
    const run = runCli(['report', SEED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/u);
    const out = join(tmp(), 'report.html');
    expect(runCli(['report', '-o', out]).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('should support --lang en for an English page, Chinese by default', () => {
    const dir = tmp();
    expect(runCli(['report', SEED, '-o', join(dir, 'zh.html')]).status).toBe(0);
    expect(runCli(['report', SEED, '--lang', 'en', '-o', join(dir, 'en.html')]).status).toBe(0);
    const zh = readFileSync(join(dir, 'zh.html'), 'utf8');
    const en = readFileSync(join(dir, 'en.html'), 'utf8');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<h2 id="comparison-h">指标比较</h2>');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2 id="comparison-h">Comparison</h2>');
    expect(runCli(['report', SEED, '--lang', 'fr', '-o', join(dir, 'fr.html')]).status).toBe(2);
  });

  it('should expand directories like check does', () => {
    const out = join(tmp(), 'report.html');
    const run = runCli(['report', 'seeds', '-o', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8').match(/<section class="doc"/gu)).toHaveLength(5);
  });
});
