// One CLI vocabulary (issue 12), through the real built CLI: every command takes files,
// directories and globs; -o/--output is one output file ("-": standard output), --out-dir one file
// per input, -f/--format the format, and --color/--no-color win over FORCE_COLOR/NO_COLOR.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEEDS, type CliRun } from '../helpers.js';

const A = '001_73bd3943b8d95550.txt';
const B = '002_8e5f57c3d734c99e.txt';
const ANSI = /\u001b\[/u;

/** A folder with one.txt and docs/ holding two documents (one in a subfolder). */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-vocab-'));
  copyFileSync(join(SEEDS, A), join(dir, 'one.txt'));
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  copyFileSync(join(SEEDS, A), join(dir, 'docs', 'a.txt'));
  copyFileSync(join(SEEDS, B), join(dir, 'docs', 'sub', 'b.txt'));
  return dir;
}

const nonEmptyLines = (text: string) => text.split('\n').filter((l) => l !== '');

interface CommandCase {
  name: string;
  /** The command's words before the options. */
  command: string[];
  /** A -f value it accepts. */
  format: string;
  /** Is its output one file (so -o applies)? */
  singleOutput: boolean;
  /** Extra arguments it needs in `dir` (export: where its tables go). */
  extra?: (dir: string) => string[];
  /** How many documents a run read, from its output. */
  documents?: (run: CliRun, dir: string) => number;
}

const COMMANDS: CommandCase[] = [
  { name: 'extract', command: [], format: 'ndjson', singleOutput: true, documents: (run) => nonEmptyLines(run.stdout).length },
  { name: 'check', command: ['check'], format: 'json', singleOutput: true, documents: (run) => (JSON.parse(run.stdout) as unknown[]).length },
  { name: 'compare', command: ['compare'], format: 'json', singleOutput: true, documents: (run) => (JSON.parse(run.stdout) as { columns: unknown[] }).columns.length },
  {
    name: 'report',
    command: ['report'],
    format: 'html',
    singleOutput: true,
    documents: (run) => (run.stdout.match(/<section class="doc"/gu) ?? []).length,
  },
  {
    name: 'export',
    command: ['export'],
    format: 'ndjson',
    singleOutput: false,
    extra: (dir) => ['--tables', join(dir, 'tables')],
    documents: (_run, dir) => nonEmptyLines(readFileSync(join(dir, 'tables', 'documents.ndjson'), 'utf8')).length,
  },
  { name: 'schema', command: ['schema'], format: 'json', singleOutput: true },
];

const READERS = COMMANDS.filter((c) => c.documents !== undefined);

describe('inputs: files, directories and globs', () => {
  for (const c of READERS) {
    it(`should support a file, a directory and a glob in ${c.name}`, () => {
      for (const [input, expected] of [['one.txt', 1], ['docs', 2], ['docs/**/*.txt', 2]] as const) {
        const dir = corpus();
        const run = runCli([...c.command, '-f', c.format, ...(c.extra?.(dir) ?? []), input], undefined, {}, dir);
        expect(run.status, `${c.name} ${input}: ${run.stderr}`).toBe(0);
        expect(c.documents!(run, dir), `${c.name} ${input}`).toBe(expected);
      }
    });

    it(`should report an argument that matches nothing on one line in ${c.name}, and still read the others`, () => {
      const dir = corpus();
      const run = runCli([...c.command, '-f', c.format, ...(c.extra?.(dir) ?? []), 'nope/*.txt', 'one.txt'], undefined, {}, dir);
      expect(run.status).toBe(1);
      // export then says what it wrote, on a line of its own.
      expect(run.stderr.split('\n').filter((l) => l.includes('nope'))).toEqual(['plan-extract: nope/*.txt: no file matches this pattern']);
      expect(c.documents!(run, dir)).toBe(1);
    });
  }

  it('should support a directory in the data command, which refused it before', () => {
    const dir = corpus();
    const run = runCli(['-f', 'ndjson', 'docs'], undefined, {}, dir);
    expect(run.status).toBe(0);
    expect(nonEmptyLines(run.stdout).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual(['docs/a.txt', 'docs/sub/b.txt']);
  });

  it('should support --ignore in the data command as in the others', () => {
    const dir = corpus();
    const run = runCli(['-f', 'ndjson', '--ignore', '**/sub/**', 'docs'], undefined, {}, dir);
    expect(run.status).toBe(0);
    expect(nonEmptyLines(run.stdout)).toHaveLength(1);
  });
});

describe('-o, --output <file>: one output file', () => {
  for (const c of COMMANDS.filter((k) => k.singleOutput)) {
    const inputs = c.documents ? ['one.txt'] : [];
    it(`should write ${c.name} -o <file> atomically and print nothing on standard output`, () => {
      const dir = corpus();
      const out = join(dir, 'out', 'result');
      mkdirSync(join(dir, 'out'));
      writeFileSync(out, 'the previous output\n');
      const run = runCli([...c.command, '-f', c.format, '-o', out, ...inputs], undefined, {}, dir);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      // Replaced whole, no temporary file left beside it.
      expect(readdirSync(join(dir, 'out'))).toEqual(['result']);
      const written = readFileSync(out, 'utf8');
      expect(written).not.toBe('the previous output\n');
      // The same bytes as standard output gives, with -o - and without -o.
      const dash = runCli([...c.command, '-f', c.format, '-o', '-', ...inputs], undefined, {}, dir);
      expect(dash.status).toBe(0);
      expect(dash.stdout).toBe(written);
      expect(runCli([...c.command, '-f', c.format, ...inputs], undefined, {}, dir).stdout).toBe(written);
    });

    it(`should not support an -o file that cannot be written in ${c.name}: one line, status 2`, () => {
      const run = runCli([...c.command, '-o', '/dev/full', ...inputs.map((i) => join(SEEDS, i === 'one.txt' ? A : i))]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('plan-extract: /dev/full: cannot write: no space left on device (ENOSPC)\n');
    });

    it(`should support --output as the long spelling of -o in ${c.name}`, () => {
      const dir = corpus();
      const run = runCli([...c.command, '--output', 'x.out', ...inputs], undefined, {}, dir);
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(dir)).toContain('x.out');
    });
  }

  it('should write the HTML page on standard output with report -o -', () => {
    const run = runCli(['report', '-o', '-', join(SEEDS, A)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/u);
    expect(run.stdout.trimEnd()).toMatch(/<\/html>$/u);
  });

  it('should write every document of the data command into one -o file, as standard output would', () => {
    const dir = corpus();
    const run = runCli(['-o', 'plans.json', 'docs'], undefined, {}, dir);
    expect(run.status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'plans.json'), 'utf8')) as unknown[]).length).toBe(2);
  });

  it('should not support -o with a directory in the data command: one line pointing to --out-dir, nothing written', () => {
    const dir = corpus();
    for (const target of ['docs', 'new/']) {
      const run = runCli(['-o', target, 'one.txt'], undefined, {}, dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`plan-extract: -o names one output file, not a directory; write one file per input with --out-dir ${target}\n`);
    }
    expect(readdirSync(dir).sort()).toEqual(['docs', 'one.txt']);
  });

  it('should not support -o together with --out-dir', () => {
    const dir = corpus();
    const run = runCli(['-o', 'a.json', '--out-dir', 'out', 'one.txt'], undefined, {}, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('plan-extract: give -o <file> (one output) or --out-dir <dir> (one file per input), not both\n');
  });

  it('should support the old spellings -O/--output-file of check and compare', () => {
    const dir = corpus();
    for (const args of [['check', '-O', 'c.txt'], ['check', '--output-file', 'c2.txt'], ['compare', '-O', 'm.json']]) {
      const run = runCli([...args, 'one.txt'], undefined, {}, dir);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout).toBe('');
      expect(readdirSync(dir)).toContain(args[2]);
    }
  });
});

describe('--out-dir <dir>: one file per input', () => {
  it('should support --out-dir in the data command, mirroring the folders of a directory input', () => {
    const dir = corpus();
    const run = runCli(['--out-dir', 'out', 'docs'], undefined, {}, dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' }).sort()).toEqual(['a.json', 'sub', 'sub/b.json']);
  });

  for (const c of COMMANDS.filter((k) => k.name !== 'extract')) {
    it(`should not support --out-dir in ${c.name}, whose output is not one file per input`, () => {
      const run = runCli([...c.command, '--out-dir', 'out']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("unknown option '--out-dir'");
    });
  }
});

describe('-f, --format', () => {
  for (const c of COMMANDS) {
    it(`should not support an unknown -f value in ${c.name}`, () => {
      const run = runCli([...c.command, '-f', 'bogus', join(SEEDS, A)].slice(0, c.documents ? undefined : -1));
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/argument 'bogus' is invalid/u);
    });
  }

  it('should support check --reporter and -r as the same option as -f', () => {
    const f = runCli(['check', '-f', 'json', join(SEEDS, A)]);
    expect(runCli(['check', '--reporter', 'json', join(SEEDS, A)]).stdout).toBe(f.stdout);
    expect(runCli(['check', '-r', 'json', join(SEEDS, A)]).stdout).toBe(f.stdout);
  });
});

describe('--color and --no-color', () => {
  for (const c of COMMANDS) {
    it(`should support --no-color in ${c.name}: no colour on the error line even with FORCE_COLOR=1`, () => {
      const forced = { FORCE_COLOR: '1', NO_COLOR: undefined };
      // Without the flag FORCE_COLOR colours the error line: the check below can fail.
      expect(runCli([...c.command, '--bogus'], undefined, forced).stderr).toMatch(ANSI);
      const run = runCli([...c.command, '--no-color', '--bogus'], undefined, forced);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("unknown option '--bogus'");
      expect(run.stderr).not.toMatch(ANSI);
    });

    it(`should support --color in ${c.name}: colour even when not a terminal`, () => {
      const run = runCli([...c.command, '--color', '--bogus']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(ANSI);
    });
  }

  it('should not colour the stylish report of check with --no-color, even with FORCE_COLOR=1', () => {
    const forced = { FORCE_COLOR: '1', NO_COLOR: undefined };
    const input = join(SEEDS, B); // a seed with warnings
    expect(runCli(['check', input], undefined, forced).stdout).toMatch(ANSI);
    expect(runCli(['check', '--no-color', input], undefined, forced).stdout).not.toMatch(ANSI);
  });

  it('should let the last of --color and --no-color win', () => {
    expect(runCli(['--no-color', '--color', '--bogus']).stderr).toMatch(ANSI);
    expect(runCli(['--color', '--no-color', '--bogus'], undefined, { FORCE_COLOR: '1', NO_COLOR: undefined }).stderr).not.toMatch(ANSI);
  });
});
