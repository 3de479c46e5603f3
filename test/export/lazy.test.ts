// The Parquet writer and SQLite are loaded only when asked for: V8's coverage tells which files
// the CLI loaded and which modules of its bundle it initialised (loadedModules).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedModules } from '../helpers.js';

const SEED = 'seeds/001_73bd3943b8d95550.txt';

/** The files the CLI loaded and the bundle modules it initialised for `args` ($DIR: a new directory). */
function resolvedModules(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-lazy-'));
  const run = loadedModules(args.map((a) => a.replace('$DIR', dir)));
  expect(run.status, run.stderr).toBe(0);
  return [...run.files, ...run.initialised];
}

const loads = (modules: string[], name: string) => modules.some((m) => m.startsWith(`node_modules/${name}/`));

describe('export loads heavy modules only when asked for', () => {
  it('should not support loading hyparquet-writer or better-sqlite3 for CSV tables', () => {
    const modules = resolvedModules(['export', '--tables', '$DIR/t', SEED]);
    expect(modules).toContain('dist/export/files.js');
    expect(loads(modules, 'hyparquet-writer')).toBe(false);
    expect(loads(modules, 'better-sqlite3')).toBe(false);
  });

  it('should support loading hyparquet-writer for Parquet tables', () => {
    expect(loads(resolvedModules(['export', '--tables', '$DIR/t', '--format', 'parquet', SEED]), 'hyparquet-writer')).toBe(true);
  });

  it('should support loading better-sqlite3 for --db', () => {
    const modules = resolvedModules(['export', '--db', '$DIR/c.sqlite', SEED]);
    expect(loads(modules, 'better-sqlite3')).toBe(true);
    expect(loads(modules, 'hyparquet-writer')).toBe(false);
  });
});
