import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GRAMMAR_DIR, GrammarError, shippedGrammar } from '../../src/grammar/load.js';
import { compileMetaGrammar } from '../../src/grammar/meta.js';
import { compilePeriodGrammar } from '../../src/grammar/periods.js';
import { metaGrammarSchema } from '../../src/grammar/schemas.js';
import { grammars } from '../grammar-helpers.js';

const shipped = (): unknown => parse(readFileSync(join(GRAMMAR_DIR, 'meta.yaml'), 'utf8'));

describe('meta grammar', () => {
  it('should support the shipped grammars/meta.yaml', () => {
    const g = grammars().meta;
    expect(g.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['年度工作计划', '工作要点', '五年规划', '重点工作']));
    // period names are tried longest first (十五五 before 十五)
    const lengths = g.periods.map((p) => p.names[0]?.length ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('should not support a grammar with a missing field or a wrong type', () => {
    expect(metaGrammarSchema.safeParse({ organSuffixes: ['局'] }).success).toBe(false);
    const bad = { ...(shipped() as object), region: { national: { name: '全国', code: 'CN' } } };
    expect(metaGrammarSchema.safeParse(bad).success).toBe(false);
  });

  it('should support period names from grammars/periods.yaml, or given', () => {
    const source = metaGrammarSchema.parse(shipped());
    const periods = compilePeriodGrammar({ ...shippedGrammar('periods'), periods: [{ name: '十四五', aliases: [], from: 2021, to: 2025 }] });
    const g = compileMetaGrammar(source, periods);
    expect(g.periods).toEqual([{ names: ['十四五'], years: [2021, 2025] }]);
    expect(grammars().meta.periods.some((p) => p.names.includes('第十四个五年'))).toBe(true);
  });

  it('should not support a bad pattern, and should name the field', () => {
    const source = metaGrammarSchema.parse({ ...(shipped() as object), kinds: [{ kind: 'x', pattern: '(' }] });
    expect(() => compileMetaGrammar(source, grammars().periods)).toThrow(GrammarError);
    expect(() => compileMetaGrammar(source, grammars().periods)).toThrow(/kinds\[0\]\.pattern/u);
  });
});
