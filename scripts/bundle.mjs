#!/usr/bin/env node
// Build step (after tsc): bundles the CLI (dist/cli/bin.js: the command line and the worker
// threads' entry) with esbuild into one CommonJS script, dist/bundle/plan-extract.cjs, which
// bin/load-cli.js compiles as a vm.Script with the V8 code cache scripts/code-cache.mjs makes
// for it. Every module in it is initialised when first imported (esbuild wraps each in an init
// function), so --help still runs none of the pipeline. The library (dist/index.js) is not bundled.
//
// A vm.Script cannot import() (Node 20 allows that only with --experimental-vm-modules): every
// import() becomes a require(). So packages that are ES modules only are bundled; CommonJS ones
// that load late and weigh much stay in node_modules, required when needed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Loaded only by some commands or inputs; left to node_modules (each must be requirable: checked below). */
const UNBUNDLED = ['better-sqlite3', 'iconv-lite', 'yaml', 'zod'];

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;

/** True when require() gets a CommonJS module for `name` on every Node 20 (ES modules need 20.19). */
function requirable(name) {
  const require = createRequire(`${root}package.json`);
  const file = require.resolve(name);
  if (file.endsWith('.cjs')) return true;
  if (file.endsWith('.mjs')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type !== 'module';
    } catch {
      // no package.json here: look further up
    }
  }
  return true;
}

/**
 * CommonJS has no top-level await: a module that awaits an import() at its top level (the
 * grammar loader's YAML fallback) requires it instead, which in the bundle is the same module,
 * initialised at once rather than a microtask later.
 */
const topLevelImports = {
  name: 'top-level-imports',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!/^(?:export )?(?:const|let) .*\bawait import\(/mu.test(text)) return undefined;
      return { contents: text.replace(/^((?:export )?(?:const|let) .*)\bawait import\(/gmu, '$1require('), loader: 'js' };
    });
  },
};

/**
 * esbuild writes ASCII (charset: 'ascii') but leaves regular-expression literals as written, and
 * ours hold Chinese. Escaped too (\uXXXX means the same code unit in a regular expression, a string
 * or an identifier; the bundle holds no tagged template that reads its raw text), the script is
 * ASCII: bin/load-cli.js reads it as latin1, the fastest decoding, and V8 keeps it one byte a character.
 */
function escapeNonAscii(file) {
  // Without the u flag the pattern matches UTF-16 code units, surrogates one by one.
  const text = readFileSync(file, 'utf8').replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, text);
}

try {
  rmSync(out, { recursive: true, force: true });
  for (const name of UNBUNDLED) if (!requirable(name)) throw new Error(`${name} is an ES module only: it cannot stay out of the bundle`);
  await build({
    absWorkingDir: root,
    entryPoints: { 'plan-extract': 'dist/cli/bin.js' },
    // One folder below dist/, as dist/cli/ and dist/batch/ are: the paths made from
    // import.meta.url (../grammars/, ../data/, ../../package.json, ./worker.js) hold.
    outdir: 'dist/bundle',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    // The script is one function expression, of what CommonJS gives a module and of its own URL,
    // which it reads for import.meta.url: bin/load-cli.js compiles the file as it is (no copy of
    // 800 KB of source to wrap it) and calls the function.
    define: { 'import.meta.url': '__planExtractUrl' },
    banner: { js: '(function (exports, require, module, __planExtractUrl) {' },
    footer: { js: '})' },
    // Identifiers are kept: each module's init function is named after the module (dist/cli/extract.js),
    // which stack traces, profiles and the start-up tests (V8 coverage) read.
    minifyWhitespace: true,
    minifySyntax: true,
    external: UNBUNDLED,
    plugins: [topLevelImports],
    logLevel: 'warning',
  });
  escapeNonAscii(`${out}/plan-extract.cjs`);
  // Worker threads (src/batch/pool.ts: ./worker.js beside the script) load the same script and cache.
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
  writeFileSync(
    `${out}/worker.js`,
    "'use strict';\n// Written by scripts/bundle.mjs: a worker thread of the bundled CLI.\nrequire('../../bin/load-cli.js').loadCli().cli.runWorker();\n",
  );
} catch (error) {
  process.stderr.write(`bundle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
