// Conventions of the linters people know, in `plan-extract check`, through the real built CLI:
// ignore files, --cache, --stdin-filename, --print-config, rule options in the configuration, rule
// URLs (SARIF helpUri, stylish) and GitHub annotations errors first with a notice past the cap.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { ROOT, runCli, SEEDS } from '../helpers.js';

const S001 = '001_73bd3943b8d95550.txt';
const S002 = '002_8e5f57c3d734c99e.txt';
const S004 = '004_05f020d46ba48b5f.txt';
const MIXED = '加强组织领导，明确责任分工,确保落实,做好宣传,抓好培训。各单位要按照要求，认真落实，及时报告，加强协调，形成合力。\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-conventions-'));
  mkdirSync(join(dir, 'docs', 'drafts'), { recursive: true });
  mkdirSync(join(dir, 'docs', 'old'));
  copyFileSync(join(SEEDS, S001), join(dir, 'docs', S001));
  copyFileSync(join(SEEDS, S002), join(dir, 'docs', S002));
  copyFileSync(join(SEEDS, S004), join(dir, 'docs', 'drafts', S004));
  copyFileSync(join(SEEDS, S004), join(dir, 'docs', 'old', 'copy.txt'));
  return dir;
}

const checkedPaths = (stdout: string, dir: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));

describe('ignore files', () => {
  it('should support .plan-extractignore and .gitignore (gitignore syntax) when expanding directories and globs', () => {
    const dir = project();
    writeFileSync(join(dir, '.plan-extractignore'), '# drafts are not checked\ndocs/drafts/\n');
    writeFileSync(join(dir, '.gitignore'), 'old/\n!keep.txt\n');
    const run = runCli(['check', '--reporter', 'json', 'docs'], undefined, {}, dir);
    expect(checkedPaths(run.stdout, dir)).toEqual([`docs/${S001}`, `docs/${S002}`]);
    const glob = runCli(['check', '--reporter', 'json', 'docs/**/*.txt'], undefined, {}, dir);
    expect(checkedPaths(glob.stdout, dir)).toEqual([`docs/${S001}`, `docs/${S002}`]);
  });

  it('should not support ignoring a file named on the command line', () => {
    const dir = project();
    writeFileSync(join(dir, '.plan-extractignore'), 'docs/drafts/\n');
    const run = runCli(['check', '--reporter', 'json', `docs/drafts/${S004}`], undefined, {}, dir);
    expect(checkedPaths(run.stdout, dir)).toEqual([`docs/drafts/${S004}`]);
  });

  it('should not support running with every input ignored: one line, exit 2', () => {
    const dir = project();
    writeFileSync(join(dir, '.gitignore'), 'docs/\n');
    const run = runCli(['check', 'docs'], undefined, {}, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^plan-extract: every input matched is ignored \(.*\.gitignore\)\n$/u);
  });
});

describe('--cache', () => {
  const cacheRun = (dir: string, ...args: string[]) => runCli(['check', '--cache', ...args, 'docs'], undefined, { PLAN_EXTRACT_DEBUG: 'cache' }, dir);

  it('should support a second run on unchanged files doing no work and giving the same output', () => {
    const dir = project();
    const first = cacheRun(dir);
    expect(first.stderr).toContain('0 reused, 4 checked');
    const cache = join(dir, '.plan-extractcache');
    const written = statSync(cache).mtimeMs;
    // An old mtime: a rewrite of the cache would show.
    utimesSync(cache, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const second = cacheRun(dir);
    expect(second.stderr).toContain('4 reused, 0 checked');
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    expect(statSync(cache).mtimeMs).toBeLessThan(written);
  });

  it('should not support reusing a changed file, or results made under another configuration', () => {
    const dir = project();
    cacheRun(dir);
    writeFileSync(join(dir, 'docs', S001), MIXED);
    const changed = cacheRun(dir);
    expect(changed.stderr).toContain('3 reused, 1 checked');
    expect(changed.stdout).toContain('encoding/mixed-width-punctuation');
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  encoding/mixed-width-punctuation: off\n');
    const configured = cacheRun(dir);
    expect(configured.stderr).toContain('0 reused, 4 checked');
    expect(configured.stdout).not.toContain('encoding/mixed-width-punctuation');
  });

  it('should support --cache-location', () => {
    const dir = project();
    cacheRun(dir, '--cache-location', 'my.cache');
    expect(JSON.parse(readFileSync(join(dir, 'my.cache'), 'utf8'))).toMatchObject({ version: expect.any(String), config: expect.any(String) });
  });
});

describe('--stdin-filename', () => {
  it('should support naming standard input in the report', () => {
    const run = runCli(['check', '--stdin-filename', 'incoming/plan.txt'], MIXED);
    expect(run.stdout).toMatch(/^\nincoming\/plan\.txt\n/u);
    expect(run.stdout).toContain('encoding/mixed-width-punctuation');
    const sarif = JSON.parse(runCli(['check', '--reporter', 'sarif', '--stdin-filename', 'incoming/plan.txt', '-'], MIXED).stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('incoming/plan.txt');
  });
});

describe('--print-config', () => {
  it('should support printing every rule with its severity and options, the ignores and grammars', () => {
    const dir = project();
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  numbering/gap: error\n  encoding/mixed-width-punctuation: [warning, { maxPerMark: 2 }]\nignore: ["**/old/**"]\ngrammar: g.yaml\n');
    writeFileSync(join(dir, '.plan-extractignore'), 'docs/drafts/\n');
    const run = runCli(['check', '--print-config', `docs/drafts/${S004}`], undefined, {}, dir);
    expect(run.status).toBe(0);
    const config = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(config).toMatchObject({
      configFile: join(dir, '.planextractrc.yaml'),
      ignored: true,
      ignore: ['**/old/**'],
      grammar: [join(dir, 'g.yaml')],
      rules: { 'numbering/gap': ['error', {}], 'encoding/mixed-width-punctuation': ['warning', { maxPerMark: 2 }], 'table/missing': ['warning', {}] },
    });
    expect(Object.keys(config.rules as object)).toHaveLength(RULES.length);
  });
});

describe('rule options in the configuration', () => {
  it('should support [severity, options]', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-options-'));
    writeFileSync(join(dir, 'doc.txt'), MIXED);
    const all = runCli(['check', '--reporter', 'json', 'doc.txt'], undefined, {}, dir);
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  encoding/mixed-width-punctuation: [warning, { maxPerMark: 1 }]\n');
    const one = runCli(['check', '--reporter', 'json', 'doc.txt'], undefined, {}, dir);
    const messages = (out: string) => (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; severity: number; message: string }> }>)[0]?.messages ?? [];
    expect(messages(all.stdout).filter((m) => m.ruleId === 'encoding/mixed-width-punctuation')).toHaveLength(3);
    const limited = messages(one.stdout).filter((m) => m.ruleId === 'encoding/mixed-width-punctuation');
    expect(limited).toHaveLength(1);
    expect(limited[0]?.severity).toBe(1);
    expect(limited[0]?.message).toContain('2 more not listed');
  });

  it('should not support an unknown option or a bad value: one line naming the field, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-options-'));
    writeFileSync(join(dir, 'doc.txt'), MIXED);
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  encoding/mixed-width-punctuation: [warning, { maxPerMark: 0 }]\n');
    const run = runCli(['check', 'doc.txt'], undefined, {}, dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/rules\.encoding\/mixed-width-punctuation\.1\.maxPerMark: Too small/u);
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  encoding/mixed-width-punctuation: [warning, { maxPer: 1 }]\n');
    const unknown = runCli(['check', 'doc.txt'], undefined, {}, dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/rules\.encoding\/mixed-width-punctuation\.1: unknown key maxPer \(options of encoding\/mixed-width-punctuation: maxPerMark\)\n$/u);
  });
});

describe('rule URLs', () => {
  it('should support a url per rule, anchored in docs/check.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'check.md'), 'utf8');
    for (const rule of RULES) {
      expect(rule.url, rule.id).toMatch(/^https:\/\/\S+\/docs\/check\.md#rule-[a-z-]+$/u);
      expect(docs).toContain(`<a id="${rule.url?.split('#')[1]}"></a>`);
    }
  });

  it('should support helpUri in SARIF and the urls of reported rules in stylish output', () => {
    const sarif = JSON.parse(runCli(['check', '--reporter', 'sarif', `seeds/${S004}`]).stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> };
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(rules.find((r) => r.id === 'numbering/duplicate')?.helpUri).toMatch(/#rule-numbering-duplicate$/u);
    const stylish = runCli(['check', `seeds/${S004}`]).stdout;
    expect(stylish).toMatch(/\nRules:\n(?:.*\n)*\s+numbering\/duplicate\s+https:\S+#rule-numbering-duplicate\n/u);
  });
});

describe('github annotations', () => {
  it('should support errors first and a final notice of how many were not shown past the cap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-github-'));
    writeFileSync(join(dir, 'doc.txt'), MIXED.repeat(8));
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  encoding/mixed-width-punctuation: [error, { maxPerMark: 100 }]\n');
    const run = runCli(['check', '--reporter', 'github', 'doc.txt', `${SEEDS}/${S004}`], undefined, {}, dir);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    const kinds = annotations.map((l) => l.slice(2, l.indexOf(' ')));
    const errors = kinds.filter((k) => k === 'error').length;
    expect(errors).toBe(10);
    expect(kinds.slice(0, 10)).toEqual(Array(10).fill('error'));
    expect(kinds.indexOf('warning')).toBe(10);
    const last = annotations.at(-1) ?? '';
    expect(last).toMatch(/^::notice title=plan-extract::\d+ more annotations not shown \(GitHub shows 10 of each kind per step\)/u);
    // 16 mixed-width errors in the document: 6 of them are past the cap.
    expect(Number(/::(\d+) more/u.exec(last)?.[1])).toBeGreaterThanOrEqual(6);
  });
});
