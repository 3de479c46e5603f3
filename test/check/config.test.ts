// Configuration (.planextractrc.yaml / --config), its published JSON Schema, and suppressions.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError, configJsonSchema, parseConfig } from '../../src/check/config.js';
import { check } from '../../src/check/api.js';
import { RULES } from '../../src/check/registry.js';
import { ROOT, runCli, SEEDS } from '../helpers.js';

const SCHEMA_FILE = join(ROOT, 'schemas', 'planextractrc.schema.json');
const S004 = '004_05f020d46ba48b5f.txt';

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-check-'));
  mkdirSync(join(dir, 'docs'));
  copyFileSync(join(SEEDS, S004), join(dir, 'docs', S004));
  return dir;
}

describe('configuration', () => {
  it('should accept severities and off for every registered rule', () => {
    const rules = Object.fromEntries(RULES.map((r, i) => [r.id, (['error', 'warning', 'info', 'off'] as const)[i % 4]]));
    expect(parseConfig(JSON.stringify({ rules }), 'x.yaml').rules).toEqual(rules);
  });

  it.each([
    ['rules:\n  numbering/gapp: error\n', /rules: unknown key numbering\/gapp \(known rules: numbering\/gap/u],
    ['rules:\n  numbering/gap: loud\n', /rules\.numbering\/gap: must be one of "error", "warning", "info", "off"/u],
    ['rulez: {}\n', /unknown key rulez/u],
    ['rules: [\n', /not valid YAML/u],
  ])('should reject %j with one clear line', (source, message) => {
    let error: unknown;
    try {
      parseConfig(source, '.planextractrc.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('should set severities and drop rules turned off, for the rules of other stages too', async () => {
    const text = readFileSync(join(SEEDS, '002_8e5f57c3d734c99e.txt'));
    const defaults = await check(text);
    expect(defaults.some((d) => d.rule === 'table/missing')).toBe(true);
    const out = await check(text, { rules: { 'indicator/missing-value': 'error', 'table/missing': 'off' } });
    const missing = out.filter((d) => d.rule === 'indicator/missing-value');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((d) => d.severity === 'error')).toBe(true);
    expect(out.some((d) => d.rule === 'table/missing')).toBe(false);
  });

  it('should publish an up-to-date JSON Schema (regenerate: npm run build && node scripts/write-schemas.mjs)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });

  it('should publish a JSON Schema that accepts good configs and rejects bad ones', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    const { $schema: _ignored, ...rest } = schema;
    const validate = new Ajv({ strict: false }).compile(rest);
    expect(validate(parseYaml('rules:\n  numbering/level-skip: off\n  date/lost-separator: error\nignore: ["**/draft/**"]\n'))).toBe(true);
    expect(validate(parseYaml('rules:\n  numbering/level-skip: maybe\n'))).toBe(false);
    expect(validate(parseYaml('rules:\n  no/such-rule: error\n'))).toBe(false);
  });
});

describe('configuration through the CLI', () => {
  it('should find .planextractrc.yaml in the working directory and apply it', () => {
    const dir = workdir();
    writeFileSync(join(dir, '.planextractrc.yaml'), 'rules:\n  numbering/duplicate: error\n  text/truncated: off\n');
    const run = runCli(['check', '--reporter', 'json', join(dir, 'docs')], undefined, {}, dir);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }>; errorCount: number }>;
    expect(result?.messages.map((m) => `${m.ruleId}:${m.severity}`)).toContain('numbering/duplicate:2');
    expect(result?.messages.some((m) => m.ruleId === 'text/truncated')).toBe(false);
    expect(result?.errorCount).toBe(1);
  });

  it('should exit 2 with one line on a bad --config', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  numbering/gap: loud\n');
    const run = runCli(['check', '--config', join(dir, 'bad.yaml'), join(dir, 'docs')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('bad.yaml: rules.numbering/gap: must be one of');
  });

  it('should exit 2 when --config names no file', () => {
    const run = runCli(['check', '--config', 'no-such-config.yaml', 'seeds']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-config.yaml: no such file');
  });
});

describe('suppressions', () => {
  it('should record every problem with --suppress-all and then report only new ones', () => {
    const dir = workdir();
    const record = runCli(['check', '--suppress-all', 'docs'], undefined, {}, dir);
    expect(record.status).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'plan-extract-suppressions.json'), 'utf8')) as Record<string, Record<string, { count: number }>>;
    expect(file[`docs/${S004}`]?.['numbering/duplicate']).toEqual({ count: 1 });

    const again = runCli(['check', '--reporter', 'json', '--max-warnings', '0', 'docs'], undefined, {}, dir);
    expect(again.status).toBe(0);
    const [result] = JSON.parse(again.stdout) as Array<{ messages: unknown[]; suppressedMessages: Array<{ ruleId: string }> }>;
    expect(result?.messages).toEqual([]);
    expect(result?.suppressedMessages.map((m) => m.ruleId)).toContain('numbering/duplicate');

    // A new problem of a suppressed rule in the same file: reported again.
    const text = readFileSync(join(dir, 'docs', S004), 'utf8').replace('(四)深入实施中医振兴提升工程', '(三)深入实施中医振兴提升工程');
    writeFileSync(join(dir, 'docs', S004), text);
    const changed = runCli(['check', '--reporter', 'json', 'docs'], undefined, {}, dir);
    const [after] = JSON.parse(changed.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(after?.messages.filter((m) => m.ruleId === 'numbering/duplicate')).toHaveLength(2);
  });

  it('should read --suppressions FILE and exit 2 on a malformed one', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'known.json'), '{"docs/x.txt": {"numbering/gap": {"count": "many"}}}');
    const run = runCli(['check', '--suppressions', join(dir, 'known.json'), 'seeds'], undefined);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a valid suppressions file');
  });
});
