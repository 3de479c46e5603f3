'use strict';
// Runs the bundled CLI: dist/bundle/plan-extract.cjs, one CommonJS script (scripts/bundle.mjs),
// compiled with the V8 code cache the build made for it (dist/bundle/plan-extract.cache, by
// scripts/code-cache.mjs after extracting the seeds). With the cache V8 neither parses nor
// compiles the functions such a run uses, which is most of what start-up cost: ES modules cannot
// be given a code cache on Node 20, a vm.Script can. Another node version, or other V8 flags,
// make V8 reject the cache; the script is then compiled as usual. Nothing is written here: the
// cache is made at build time only. Bin and worker threads (dist/bundle/worker.js) load the CLI so.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const SCRIPT = join(__dirname, '..', 'dist', 'bundle', 'plan-extract.cjs');
const CACHE = join(__dirname, '..', 'dist', 'bundle', 'plan-extract.cache');

function readCache() {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** The script compiled (not run), with the build's code cache unless `cache` is false. */
function compileCli({ cache = true } = {}) {
  // Read as latin1: the build makes the script ASCII, one function expression (scripts/bundle.mjs).
  return new Script(readFileSync(SCRIPT, 'latin1'), { filename: SCRIPT, cachedData: cache ? readCache() : undefined });
}

/**
 * Compiles and runs the script, returning its exports (`cli`: run, main, runWorker) and the
 * compiled script (the build asks it for its code cache).
 */
function loadCli(options) {
  const script = compileCli(options);
  const module = { exports: {} };
  // What CommonJS gives a module, and the script's URL (its import.meta.url).
  script.runInThisContext()(module.exports, createRequire(SCRIPT), module, pathToFileURL(SCRIPT).href);
  return { cli: module.exports, script };
}

module.exports = { compileCli, loadCli, CACHE };
