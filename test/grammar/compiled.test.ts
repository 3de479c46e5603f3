// The compiled grammars (dist/grammars/*.json, read at run time without yaml or zod) must hold
// exactly what the YAML + zod loader yields, defaults included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileIndicatorGrammar } from '../../src/grammar/indicators.js';
import { COMPILED_DIR, GRAMMAR_NAMES, shippedGrammar } from '../../src/grammar/load.js';
import { compileShippedGrammars, loadShippedYaml } from '../../src/grammar/source.js';
import { indicatorGrammarSchema, metricGrammarSchema } from '../../src/grammar/schemas.js';
import { metricAliases, metricNormalizeRules } from '../../src/grammar/metrics.js';
import { builtMetricKeys, metricKeys } from '../../src/grammar/metric-keys.js';

describe('compiled grammars', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-grammars-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSON per shipped grammar, equal to the validated YAML', () => {
    const paths = compileShippedGrammars(dir);
    expect(paths).toHaveLength(GRAMMAR_NAMES.length);
    for (const name of GRAMMAR_NAMES) {
      const json: unknown = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      expect(json, name).toEqual(loadShippedYaml(name));
      expect(shippedGrammar(name), name).toEqual(json);
    }
  });

  it('compiles to the same grammar from JSON as from YAML', () => {
    const fromJson = compileIndicatorGrammar(JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')));
    const fromYaml = compileIndicatorGrammar(loadShippedYaml('indicators') as ReturnType<typeof indicatorGrammarSchema.parse>);
    expect(fromJson).toEqual(fromYaml);
  });

  it('the build output, when present, matches the YAML', () => {
    const built = join(COMPILED_DIR, '..', '..', 'dist', 'grammars');
    for (const name of GRAMMAR_NAMES) {
      let text: string;
      try {
        text = readFileSync(join(built, `${name}.json`), 'utf8');
      } catch {
        continue;
      }
      expect(JSON.parse(text), name).toEqual(loadShippedYaml(name));
    }
  });

  it('the build\'s metric alias keys, when present, are the keys normalizeWith gives', () => {
    let text: string;
    try {
      text = readFileSync(join(COMPILED_DIR, '..', '..', 'dist', 'grammars', 'metric-keys.json'), 'utf8');
    } catch {
      return;
    }
    const metrics = metricGrammarSchema.parse(loadShippedYaml('metrics'));
    expect(JSON.parse(text)).toEqual(metricKeys(metricAliases(metrics), metricNormalizeRules(metrics)));
  });
});

describe('built metric keys', () => {
  it('should not support keys made with other scope words or rewrites', async () => {
    // The dist build's module reads dist/grammars/metric-keys.json (the tests' src/ one has none).
    const built = (await import('../../dist/grammar/metric-keys.js')) as { builtMetricKeys: typeof builtMetricKeys };
    const metrics = metricGrammarSchema.parse(loadShippedYaml('metrics'));
    const rules = metricNormalizeRules(metrics);
    expect(built.builtMetricKeys(rules)?.size).toBe(metricAliases(metrics).length);
    expect(built.builtMetricKeys({ ...rules, rewrites: [...rules.rewrites, ['率', '比例']] })).toBeUndefined();
    expect(built.builtMetricKeys({ ...rules, scopeWords: rules.scopeWords.slice(1) })).toBeUndefined();
  });
});
