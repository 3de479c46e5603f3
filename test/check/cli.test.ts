// `plan-extract check` on many files: directories, globs, --ignore, input order, bad files among
// good ones, --quiet, --max-warnings and the exit statuses.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEEDS } from '../helpers.js';

const S002 = '002_8e5f57c3d734c99e.txt';
const S004 = '004_05f020d46ba48b5f.txt';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-corpus-'));
  mkdirSync(join(dir, 'a', 'draft'), { recursive: true });
  mkdirSync(join(dir, 'b'));
  copyFileSync(join(SEEDS, S004), join(dir, 'a', S004));
  copyFileSync(join(SEEDS, S002), join(dir, 'b', S002));
  copyFileSync(join(SEEDS, S004), join(dir, 'a', 'draft', 'copy.txt'));
  writeFileSync(join(dir, 'a', 'notes.json'), '{}');
  writeFileSync(join(dir, 'b', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]));
  return dir;
}

const files = (stdout: string) => stdout.split('\n').filter((l) => /^\S.*\.txt$/u.test(l));

describe('check on many files', () => {
  it('should report a binary file among text files on one stderr line and still check the others', () => {
    const dir = corpus();
    const run = runCli(['check', join('a', S004), join('b', 'scan.txt'), join('b', S002)], undefined, {}, dir);
    expect(run.status).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toEqual([`plan-extract: ${join('b', 'scan.txt')}: binary file (contains NUL bytes); expected text`]);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/u);
    expect(files(run.stdout)).toEqual([join('a', S004), join('b', S002)]);
    expect(run.stdout).toContain('1 file could not be read');
  });

  it('should expand directories recursively, sorted, in argument order', () => {
    const dir = corpus();
    const run = runCli(['check', '--reporter', 'json', 'b', 'a'], undefined, {}, dir);
    const paths = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));
    expect(paths).toEqual([`b/${S002}`, 'b/scan.txt', 'a/004_05f020d46ba48b5f.txt', 'a/draft/copy.txt'].map((p) => p.replace('a/004', `a/${S004.slice(0, 3)}`)));
  });

  it('should expand globs and leave out --ignore patterns', () => {
    const dir = corpus();
    const run = runCli(['check', '--reporter', 'json', '**/*.txt', '--ignore', '**/draft/**', '--ignore', 'b/scan.txt'], undefined, {}, dir);
    expect(run.status).toBe(0);
    const paths = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));
    expect(paths).toEqual([`a/${S004}`, `b/${S002}`]);
  });

  it('should check each file once when arguments overlap', () => {
    const run = runCli(['check', '--reporter', 'json', `seeds/${S004}`, 'seeds/*.txt']);
    const paths = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.replace(/^.*\//u, ''));
    expect(paths[0]).toBe(S004);
    expect(paths).toHaveLength(5);
  });

  it('should exit 2 when no input matched, and when no input was given', () => {
    const none = runCli(['check', 'no-such-dir/**/*.txt']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no file matches this pattern');
    expect(none.stderr).toContain('no input matched');
    expect(runCli(['check']).status).toBe(2);
  });

  it('should exit 1 when a named file is missing, after checking the others', () => {
    const run = runCli(['check', 'nope.txt', `seeds/${S004}`]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('plan-extract: nope.txt: no such file or directory');
    expect(run.stdout).toContain(`seeds/${S004}`);
  });

  it('should exit 2 on a bad option', () => {
    expect(runCli(['check', '--reporter', 'xml', 'seeds']).status).toBe(2);
    expect(runCli(['check', '--max-warnings', 'many', 'seeds']).status).toBe(2);
    expect(runCli(['check', '--no-such-option', 'seeds']).status).toBe(2);
  });

  it('should exit 1 with more warnings than --max-warnings allows, 0 otherwise', () => {
    const twoGaps = '一、甲。\n三、乙。\n五、丙。\n';
    const over = runCli(['check', '--max-warnings', '1', '-'], twoGaps);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('too many warnings (2, at most 1 allowed by --max-warnings)');
    expect(runCli(['check', '--max-warnings', '2', '-'], twoGaps).status).toBe(0);
    expect(runCli(['check', '-'], twoGaps).status).toBe(0);
  });

  it('should show only errors with --quiet', () => {
    const run = runCli(['check', '--quiet', '--max-warnings', '0', 'seeds']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('should read standard input with -', () => {
    const run = runCli(['check', '--reporter', 'json', '-'], '一、甲。\n三、乙。\n');
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(result?.filePath).toBe('<stdin>');
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['numbering/gap']);
  });

  it('should write the report to --output-file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-out-'));
    const run = runCli(['check', '--reporter', 'sarif', '-O', join(dir, 'r.sarif'), `seeds/${S004}`]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('should list the rules, and document check and its exit statuses in --help', () => {
    const rules = runCli(['check', '--list-rules']);
    expect(rules.stdout).toMatch(/^numbering\/gap\s+warning\s+/mu);
    expect(rules.stdout).toMatch(/^date\/lost-separator\s+warning/mu);
    const help = runCli(['check', '--help']);
    for (const word of ['--reporter', 'sarif', 'github', '--max-warnings', '--quiet', '--config', '--suppressions', '--suppress-all', '--ignore', 'Exit status']) {
      expect(help.stdout).toContain(word);
    }
    expect(runCli(['--help']).stdout).toContain('check');
  });

  it('should keep the default command working on the same files', () => {
    const run = runCli(['--format', 'json', `seeds/${S004}`]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { type: string }).type).toBe('plan');
  });
});
