// Shared test helpers: run the real CLI, read the seeds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');
export const BIN = join(ROOT, 'bin', 'plan-extract.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}, cwd: string = ROOT): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Seed document ids (file names without .txt). */
export function seedIds(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export const readSeed = (id: string): string => readFileSync(join(SEEDS, `${id}.txt`), 'utf8');

/** A path inside a package as `node_modules/<package>/…`, however the packages are installed. */
const packagePath = (path: string): string => path.replace(/^.*?node_modules\//u, 'node_modules/');

export interface LoadedModules extends CliRun {
  /** Files node compiled (paths relative to the project; packages as node_modules/…). */
  files: string[];
  /** Modules of the bundle (dist/bundle/plan-extract.cjs) that were initialised, as the build
   *  names them: dist/cli/extract.js, node_modules/unified/lib/index.js. */
  initialised: string[];
  /** Names of the bundle's functions that were called (checkCommand, runExtract …). */
  called: string[];
}

/**
 * What a run of the CLI loaded, read from V8's coverage (NODE_V8_COVERAGE): the files node
 * compiled, and the modules of the bundle whose code ran. The bundle wraps every module that is
 * imported when needed in an init function named after the module (scripts/bundle.mjs), so a
 * module counts as initialised when that function was called; the modules every run starts with
 * are not wrapped and not listed.
 */
export function loadedModules(args: string[], env: NodeJS.ProcessEnv = {}): LoadedModules {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-coverage-'));
  try {
    const run = runCli(args, undefined, { ...env, NODE_V8_COVERAGE: dir });
    const files = new Set<string>();
    const initialised = new Set<string>();
    const called = new Set<string>();
    for (const name of readdirSync(dir)) {
      const { result } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }> };
      for (const script of result) {
        if (!script.url.startsWith('file:')) continue;
        const file = packagePath(relative(ROOT, fileURLToPath(script.url)));
        files.add(file);
        if (file !== 'dist/bundle/plan-extract.cjs') continue;
        for (const f of script.functions) {
          if ((f.ranges[0]?.count ?? 0) === 0) continue;
          called.add(f.functionName);
          if (/^(?:dist\/|.*node_modules\/).*\.[cm]?js$/u.test(f.functionName)) initialised.add(packagePath(f.functionName));
        }
      }
    }
    return { ...run, files: [...files], initialised: [...initialised], called: [...called] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
