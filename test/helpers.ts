// Shared test helpers: run the real CLI, read the seeds.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
