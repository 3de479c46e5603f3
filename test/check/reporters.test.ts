// The reporters: github workflow commands (escaping included), SARIF 2.1.0 validated against the
// official schema (from @microsoft/jest-sarif) with ajv, eslint's JSON shape, and stylish.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { annotations, escapeData, escapeProperty } from '../../src/check/reporters/github.js';
import { sarifLog } from '../../src/check/reporters/sarif.js';
import { stylish } from '../../src/check/reporters/stylish.js';
import type { FileResult } from '../../src/check/reporters/types.js';
import { runCli } from '../helpers.js';

const require = createRequire(import.meta.url);

function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema's language pattern is not valid with the u flag, so patterns are compiled without it.
  // CommonJS packages: their `default` export is the class / the plugin function.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

const at = (line: number, column: number, offset: number) => ({ line, column, offset });
const RESULTS: FileResult[] = [
  {
    path: 'docs/a,b:c%.txt',
    messages: [
      { rule: 'numbering/duplicate', severity: 'error', message: 'Duplicate 100%\r\nnumber: (三), again', position: { start: at(3, 2, 10), end: at(3, 5, 13) } },
      { rule: 'numbering/level-skip', severity: 'info', message: 'a note', position: { start: at(1, 1, 0), end: at(2, 4, 8) } },
    ],
    suppressed: [{ rule: 'table/missing', severity: 'warning', message: 'known', position: { start: at(5, 1, 20), end: at(5, 3, 22) } }],
  },
  { path: 'docs/binary.txt', error: 'binary file (contains NUL bytes); expected text', messages: [], suppressed: [] },
  { path: 'docs/clean.txt', messages: [], suppressed: [] },
];

describe('github reporter', () => {
  it('should escape % CR LF in data and also : , in properties', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });

  it('should write one workflow command per problem, with file, line, col and title, errors first', () => {
    const lines = annotations(RESULTS).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=docs/a%2Cb%3Ac%25.txt,line=3,endLine=3,col=2,endColumn=5,title=numbering/duplicate::Duplicate 100%25%0D%0Anumber: (三), again (numbering/duplicate)',
      '::error file=docs/binary.txt,title=plan-extract::docs/binary.txt: binary file (contains NUL bytes); expected text',
      '::notice file=docs/a%2Cb%3Ac%25.txt,line=1,endLine=2,col=1,title=numbering/level-skip::a note (numbering/level-skip)',
    ]);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) (?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*::[^\r\n]*$/u);
  });

  it('should print the stylish report after the annotations, through the CLI', () => {
    const run = runCli(['check', '--reporter', 'github', 'seeds/004_05f020d46ba48b5f.txt']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^::warning file=seeds\/004_05f020d46ba48b5f\.txt,line=15,endLine=15,col=5,endColumn=\d+,title=text\/truncated::/u);
    expect(lines.filter((l) => l.startsWith('::')).at(-1)).toMatch(/^::warning file=seeds\/004_05f020d46ba48b5f\.txt,line=185,endLine=185,col=3,endColumn=6,title=numbering\/duplicate::Duplicate number \(三\)/u);
    expect(run.stdout).toContain('\nseeds/004_05f020d46ba48b5f.txt\n');
    expect(run.stdout).toMatch(/185:3\s+warning\s+Duplicate number/u);
  });
});

describe('sarif reporter', () => {
  const validate = sarifValidator();

  it('should produce a log that passes the SARIF 2.1.0 schema', () => {
    const log = sarifLog(RESULTS, { cwd: '/work/project', version: '1.0.0' });
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('should have a validator that rejects what is not SARIF 2.1.0', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] };
    expect(validate(bad)).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('should give levels, rule indexes, regions, suppressions and tool notifications', () => {
    const log = sarifLog(RESULTS, { cwd: '/work/project', version: '1.0.0' }) as {
      runs: Array<{ results: Array<Record<string, any>>; tool: { driver: { rules: Array<{ id: string }> } }; invocations: Array<Record<string, any>> }>;
    };
    const [run] = log.runs;
    const rules = run?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(rules).toContain('date/lost-separator');
    const [dup, note, known] = run?.results ?? [];
    expect(dup).toMatchObject({ ruleId: 'numbering/duplicate', level: 'error', ruleIndex: rules.indexOf('numbering/duplicate') });
    expect(dup?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/a%2Cb%3Ac%25.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 2, endLine: 3, endColumn: 5, charOffset: 10, charLength: 3 },
    });
    expect(note?.level).toBe('note');
    expect(known?.suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
    expect(run?.invocations[0]?.executionSuccessful).toBe(false);
    expect(run?.invocations[0]?.toolExecutionNotifications[0].message.text).toContain('docs/binary.txt');
  });

  it('should validate the real output of check on the seeds and a binary file', () => {
    const run = runCli(['check', '--reporter', 'sarif', 'seeds/*.txt', 'test/check/check-helpers.ts', 'fixtures/check/encoding-replacement-character/bad.txt']);
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: unknown[] }> };
    expect(validate(log)).toBe(true);
    expect(log.runs[0]?.results.length).toBeGreaterThan(5);
  });
});

describe('json reporter', () => {
  it("should print eslint's result shape", () => {
    const run = runCli(['check', '--reporter', 'json', 'seeds/004_05f020d46ba48b5f.txt']);
    const [result] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(result ?? {}).sort()).toEqual(
      ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'infoCount', 'messages', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount'].sort(),
    );
    const ours = (result?.messages as Array<{ ruleId: string }>).filter((m) => ['text/truncated', 'numbering/duplicate'].includes(m.ruleId));
    expect(ours).toHaveLength(2);
    expect(result?.warningCount).toBe((result?.messages as unknown[]).length);
    expect(result?.filePath).toMatch(/^\/.*seeds\/004_05f020d46ba48b5f\.txt$/u);
  });
});

describe('stylish reporter', () => {
  it('should group by file, align line:column, and sum up', () => {
    const out = stylish(RESULTS);
    expect(out).toContain('docs/a,b:c%.txt\n');
    expect(out).toMatch(/\n\s+3:2\s+error\s+Duplicate 100% number: \(三\), again\s+numbering\/duplicate\n/u);
    expect(out).toContain('2 problems (1 error, 0 warnings, 1 info), 1 file could not be read');
    expect(out).not.toContain('clean.txt');
  });

  it('should print nothing for clean files', () => {
    expect(stylish([{ path: 'x.txt', messages: [], suppressed: [] }])).toBe('');
  });
});
