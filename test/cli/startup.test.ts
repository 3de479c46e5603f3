// Start-up: --version alone is answered by the shim; --help loads the commands' definitions only;
// the pipeline (and each command's implementation) is imported when a command runs. Checked on the bundled CLI that
// bin/plan-extract.js runs: a loader hook names every file loaded, and dist/bundle/inputs.json
// (written by the build) names the modules each bundle file holds (sourceModules).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, sourceModules } from '../helpers.js';

const HOOKS = `import { writeSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) writeSync(2, 'loaded ' + url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/** Modules of the pipeline and of the commands' implementations. */
const PIPELINE = /^(?:dist\/(?:pipeline\.js|parse\/|blocks\/|outline\/|meta\/|dates\/|indicators\/|metrics\/|grammar\/grammars\.js|batch\/job\.js|cli\/(?:extract|check|compare|report|export|read)\.js|check\/(?!defaults\.js|reporters\/names\.js))|node_modules\/(?:unified|vfile|zod|yaml)\/)/u;

/** The source modules a run loads. */
function loadedModules(args: string[]): { status: number | null; modules: string[] } {
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const urls = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded '))
    .map((line) => line.slice('loaded '.length));
  return { status: run.status, modules: sourceModules(urls) };
}

describe('start-up', () => {
  for (const args of [['--version'], ['-V']]) {
    it(`should support ${args[0]} without loading the CLI at all`, () => {
      const { status, modules } = loadedModules(args);
      expect(status).toBe(0);
      expect(modules).toEqual(['bin/plan-extract.js']);
    });
  }

  for (const args of [['--help'], ['check', '--help'], ['export', '--help'], ['--version', '--help']]) {
    it(`should not load the pipeline for ${args.join(' ')}`, () => {
      const { status, modules } = loadedModules(args);
      expect(status).toBe(0);
      expect(modules).toContain('dist/cli/main.js');
      expect(modules.filter((m) => PIPELINE.test(m))).toEqual([]);
    });
  }

  it('should support loading the pipeline when a document is extracted', () => {
    const { status, modules } = loadedModules(['seeds/001_73bd3943b8d95550.txt']);
    expect(status).toBe(0);
    expect(modules).toContain('dist/pipeline.js');
    expect(modules).toContain('dist/cli/extract.js');
    // Another command's implementation is not loaded.
    expect(modules).not.toContain('dist/cli/check.js');
  });
});
