#!/usr/bin/env node
// Build step (after tsc): bundles the CLI (dist/cli/bin.js) and the worker threads' script
// (dist/batch/worker.js) into dist/bundle/ with esbuild, so a run reads a few dozen files
// instead of a hundred and fifty modules. What only some commands need stays in chunks those
// commands import when they run. Dependencies that load late and weigh much stay packages of
// their own, read from node_modules when needed, so the package carries no second copy of them.
// The library (dist/index.js) is not bundled. dist/bundle/inputs.json names the modules each
// file of the bundle holds (test/cli/startup.test.ts reads it to tell what a command loads).
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Loaded only by some commands or inputs; left to node_modules. */
const UNBUNDLED = ['better-sqlite3', 'hyparquet-writer', 'iconv-lite', 'remark-parse', 'yaml', 'zod'];

const root = fileURLToPath(new URL('..', import.meta.url));

try {
  rmSync(`${root}dist/bundle`, { recursive: true, force: true });
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: { 'plan-extract': 'dist/cli/bin.js', worker: 'dist/batch/worker.js' },
    // One folder below dist/, as dist/cli/ and dist/batch/ are: the paths made from
    // import.meta.url (../grammars/, ../data/, ../../package.json, ./worker.js) hold in both.
    outdir: 'dist/bundle',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Bundled CommonJS packages (commander) call require(): give the ES modules one.
    banner: { js: "import { createRequire as __planExtractRequire } from 'node:module'; const require = __planExtractRequire(import.meta.url);" },
    external: UNBUNDLED,
    logLevel: 'warning',
    metafile: true,
  });
  const inputs = Object.fromEntries(Object.entries(metafile.outputs).map(([file, output]) => [file.replace('dist/bundle/', ''), Object.keys(output.inputs)]));
  writeFileSync(`${root}dist/bundle/inputs.json`, `${JSON.stringify(inputs, null, 1)}\n`);
} catch (error) {
  process.stderr.write(`bundle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
