// The README's commands run as written: every command line of its ```sh blocks is run, in a
// fresh directory holding the seeds and plan-extract installed as a dependency would be
// (node_modules/.bin/plan-extract), so `npx plan-extract` finds it without the network. The
// few commands not run here are listed with the reason, and must still be in the README.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

/** Commands run elsewhere, by what they start with. */
const NOT_RUN: Record<string, string> = {
  'npm install': 'the tests run on the installed clone; CI (.ci/run) installs it from a fresh clone',
  'npm test': 'this test is part of it',
  'node ../shared/eval/score.mjs': 'needs the shared gold outside the clone',
  'UPDATE_SCREENSHOT=1': 'needs Chromium; test/report/browser.test.ts runs it',
  'npm run bench': 'a benchmark, minutes long, measured on its own',
  'npm run fuzz': 'the property suite at 100,000 runs, about forty minutes; npm test runs the same properties at a few thousand',
  'sqlite3 ': "needs SQLite's own shell, which the README does not install; test/export reads the same database with python3's sqlite3",
  'ls -d docs/*/': 'needs a corpus of shard folders; the same export command runs above on seeds/',
};

/** Each command line of the README's ```sh blocks (comments and blank lines dropped). */
function readmeCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const commands: string[] = [];
  for (const block of readme.matchAll(/^```sh\n([\s\S]*?)^```$/gmu)) {
    for (const line of (block[1] as string).split('\n')) {
      // A comment is set off by two spaces or more ("cmd   # what it does").
      const command = line.replace(/\s{2,}#.*$/u, '').trim();
      if (command !== '' && !command.startsWith('#')) commands.push(command);
    }
  }
  return commands;
}

function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-readme-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(BIN, join(dir, 'node_modules', '.bin', 'plan-extract'));
  return dir;
}

async function sh(command: string, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd, env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

describe('README', () => {
  const commands = readmeCommands();
  const skipped = (c: string) => Object.keys(NOT_RUN).find((prefix) => c.startsWith(prefix));

  it('should list only commands that are still in the README as not run', () => {
    for (const prefix of Object.keys(NOT_RUN)) expect(commands.some((c) => c.startsWith(prefix)), prefix).toBe(true);
  });

  it('should not use a bare plan-extract in a command (it is on the PATH only after npm link)', () => {
    for (const c of commands) expect(c, c).not.toMatch(/(^|[|;&]\s*|xargs .*?)(?<!npx )plan-extract /u);
  });

  const run = commands.filter((c) => !skipped(c));
  it('should have commands to run', () => {
    expect(run.length).toBeGreaterThanOrEqual(7);
  });

  for (const command of run) {
    it(`should support running: ${command}`, async () => {
      const dir = sandbox();
      const result = await sh(command, dir);
      expect(result.stderr, command).not.toMatch(/\bat .*\.js:\d+/u);
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
      // Every command prints or writes something: an empty answer means the example cannot match.
      const written = / > (\S+)$/u.exec(command)?.[1] ?? / (?:-o|--tables|--db) (\S+)/u.exec(command)?.[1];
      if (written && statSync(join(dir, written)).isDirectory()) {
        expect(readdirSync(join(dir, written)).length, command).toBeGreaterThan(0);
      } else {
        const output = written ? readFileSync(join(dir, written)) : Buffer.from(result.stdout);
        expect(output.toString('utf8').trim().length, command).toBeGreaterThan(0);
      }
    }, 180_000);
  }

  it('should ship the MIT licence that package.json names', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/u);
  });
});
