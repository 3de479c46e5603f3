#!/usr/bin/env node
// Build step (after bundle.mjs): writes dist/bundle/plan-extract.cache, the V8 code cache of the
// bundled CLI, which bin/load-cli.js compiles the script with. V8 compiles a function when it
// first runs, so the cache is taken after a run: the CLI extracts the seeds (seeds/*.txt) here,
// and the cache then holds the bytecode of everything such a run used. Only this build step
// writes it; a node that cannot use it (another version) compiles the script as usual.
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { loadCli, CACHE } = createRequire(import.meta.url)('../bin/load-cli.js');

const scratch = mkdtempSync(join(tmpdir(), 'plan-extract-code-cache-'));
try {
  rmSync(CACHE, { force: true });
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'seeds', f));
  if (seeds.length === 0) throw new Error('no seeds/*.txt to run the CLI on');
  const { cli, script } = loadCli({ cache: false });
  // In this thread (--jobs 1), as a run on a document or two is; once into one file, once a file per input.
  for (const args of [['-o', join(scratch, 'all.json')], ['--out-dir', join(scratch, 'each')]]) {
    const status = await cli.main(['--jobs', '1', '--no-summary', ...args, ...seeds]);
    if (status !== 0) throw new Error(`the CLI ended with status ${status} on the seeds`);
  }
  writeFileSync(`${CACHE}.tmp`, script.createCachedData());
  renameSync(`${CACHE}.tmp`, CACHE);
} catch (error) {
  process.stderr.write(`code-cache: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
