// The Parquet writer and SQLite are loaded only when asked for: a module-resolution hook records
// every module the CLI resolves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, sourceModules } from '../helpers.js';

const SEED = 'seeds/001_73bd3943b8d95550.txt';

/** The modules the CLI resolved for `args` (the source modules of the bundle files: sourceModules). */
function resolvedModules(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-lazy-'));
  const log = join(dir, 'resolved.txt');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`,
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args.map((a) => a.replace('$DIR', dir))], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return sourceModules(readFileSync(log, 'utf8').split('\n').filter(Boolean));
}

const loads = (modules: string[], name: string) => modules.some((m) => `/${m}`.includes(`/node_modules/${name}/`));

describe('export loads heavy modules only when asked for', () => {
  it('should not support loading hyparquet-writer or better-sqlite3 for CSV tables', () => {
    const modules = resolvedModules(['export', '--tables', '$DIR/t', SEED]);
    expect(modules.some((m) => m.includes('/export/files.js'))).toBe(true);
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
