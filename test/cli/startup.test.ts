// Start-up: --version alone is answered by the shim; --help initialises the commands' definitions
// only; the pipeline (and each command's implementation) is initialised when a command runs. Checked
// on the bundled CLI that bin/plan-extract.js runs, with V8's coverage (loadedModules). The bundle
// is compiled with the V8 code cache the build made for it, and without it when V8 refuses it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, loadedModules, ROOT, runCli } from '../helpers.js';

/** Modules of the pipeline and of the commands' implementations. */
const PIPELINE = /^(?:dist\/(?:pipeline\.js|parse\/|blocks\/|outline\/|meta\/|dates\/|indicators\/|metrics\/|grammar\/grammars\.js|batch\/job\.js|cli\/(?:extract|check|compare|report|export|read)\.js|check\/(?!defaults\.js|reporters\/names\.js))|node_modules\/(?:unified|vfile|zod|yaml)\/)/u;

const SEED = 'seeds/001_73bd3943b8d95550.txt';

/** A V8 flag that changes nothing in the output but is part of what a code cache is checked against. */
const OTHER_FLAGS = '--max-lazy';

/** Whether V8 accepts the build's code cache for the bundled CLI in a node started with `flags`. */
function cacheRejected(flags: string[]): boolean {
  const probe = "process.stdout.write(String(require('./bin/load-cli.js').compileCli().cachedDataRejected))";
  const run = spawnSync(process.execPath, [...flags, '-e', probe], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as boolean;
}

describe('start-up', () => {
  for (const args of [['--version'], ['-V']]) {
    it(`should support ${args[0]} without loading the CLI at all`, () => {
      const run = loadedModules(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
      expect(run.files).toEqual(['bin/plan-extract.js']);
    });
  }

  for (const args of [['--help'], ['check', '--help'], ['export', '--help'], ['--version', '--help']]) {
    it(`should not initialise the pipeline for ${args.join(' ')}`, () => {
      const run = loadedModules(args);
      expect(run.status).toBe(0);
      expect(run.files).toContain('dist/bundle/plan-extract.cjs');
      expect(run.initialised.filter((m) => PIPELINE.test(m))).toEqual([]);
      expect(run.files.filter((m) => PIPELINE.test(m))).toEqual([]);
    });
  }

  it('should support initialising the pipeline when a document is extracted', () => {
    const run = loadedModules([SEED]);
    expect(run.status).toBe(0);
    // Initialised when used: so --help (above) shows the pipeline was not.
    expect(run.initialised).toContain('dist/pipeline.js');
    expect(run.initialised).toContain('dist/cli/extract.js');
    expect(run.initialised).toContain('node_modules/unified/lib/index.js');
    // Another command's implementation is not initialised; yaml and zod are not loaded.
    expect(run.initialised).not.toContain('dist/cli/check.js');
    expect(run.files.filter((m) => m.startsWith('node_modules/'))).toEqual([]);
  });

  it('should not build the subcommands for an extraction, and should for help and for each subcommand', () => {
    expect(loadedModules([SEED]).called).not.toContain('checkCommand');
    for (const args of [['--help'], ['-h'], ['schema']]) {
      const run = loadedModules(args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.called, args.join(' ')).toContain('checkCommand');
    }
    expect(runCli(['--help']).stdout).toMatch(/Commands:[\s\S]*check[\s\S]*compare[\s\S]*report[\s\S]*export[\s\S]*schema/u);
    // Each subcommand is found by its name (main.ts lists them by name).
    for (const name of ['check', 'compare', 'report', 'export', 'schema']) {
      const run = runCli([name, '--help']);
      expect(run.status, name).toBe(0);
      expect(run.stdout, name).toContain(`Usage: plan-extract ${name}`);
    }
  });

  it('should support compiling the bundled CLI with the code cache the build made', () => {
    expect(cacheRejected([])).toBe(false);
  });

  it('should support a node whose V8 refuses the code cache: the CLI is compiled as usual', () => {
    expect(cacheRejected([OTHER_FLAGS])).toBe(true);
    const plain = runCli([SEED]);
    const refused = spawnSync(process.execPath, [OTHER_FLAGS, BIN, SEED], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(plain.status).toBe(0);
    expect(refused.status).toBe(0);
    expect(refused.stderr).toBe('');
    expect(refused.stdout).toBe(plain.stdout);
  });
});
