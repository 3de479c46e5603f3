// Shared test helpers: run the real CLI, read the seeds.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * The source modules behind module URLs a run of the CLI loaded: a file of the bundle
 * (dist/bundle/, which bin/plan-extract.js runs) stands for the modules it holds, as the build
 * lists them in dist/bundle/inputs.json; any other file is itself. Paths are relative to the
 * project (dist/cli/main.js, node_modules/yaml/dist/index.js); other URLs (node:fs) are kept.
 */
export function sourceModules(urls: readonly string[]): string[] {
  const bundled = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/inputs.json'), 'utf8')) as Record<string, string[]>;
  return urls.flatMap((url) => {
    if (!url.startsWith('file:')) return [url];
    const file = relative(ROOT, fileURLToPath(url));
    if (!file.startsWith('dist/bundle/')) return [file];
    return bundled[file.slice('dist/bundle/'.length)] ?? [`${file} (not in dist/bundle/inputs.json)`];
  });
}
