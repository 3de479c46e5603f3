// The compiled grammars (dist/grammars/*.json, read at run time without yaml or zod) must hold
// exactly what the YAML + zod loader yields, defaults included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileIndicatorGrammar } from '../../src/grammar/indicators.js';
import { COMPILED_DIR, GRAMMAR_NAMES, shippedGrammar } from '../../src/grammar/load.js';
import { compileShippedGrammars, loadShippedYaml } from '../../src/grammar/source.js';
import { indicatorGrammarSchema } from '../../src/grammar/schemas.js';

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
});
