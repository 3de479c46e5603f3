// The lookups among a sentence's readings (src/indicators/neighbours.ts): each must find what a scan of every other reading
// finds, while stopping where the readings' source order allows. A sentence of thousands of quantities (run-on text) made
// the scans quadratic (bench:adversarial, "numbers and units": 0.5 MB 44 s, 1 MB 252 s); these tests hold the answers.
import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE } from '../../src/indicators/metric.js';
import { amountRunEnd, laterBefore, laterInClause, lastEndingBetween, prefixMaxEnds } from '../../src/indicators/neighbours.js';
import type { Reading } from '../../src/indicators/reading.js';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

/** A reading with only what the lookups read. */
function reading(start: number, end: number, clause: number, kind = 'count', amount = false): Reading {
  return { q: { start, end, unit: { kind, amount } }, clause, end } as unknown as Reading;
}

describe('laterInClause', () => {
  const all = [reading(0, 2, 0), reading(4, 6, 0), reading(8, 10, 7, 'rate'), reading(12, 14, 0, 'rate')];
  it('should support the first later reading of the same clause that the test accepts', () => {
    expect(laterInClause(all, 0, (o) => o.q.unit.kind === 'rate')).toBe(all[3]);
  });
  it('should not support a reading of another clause, or one before', () => {
    expect(laterInClause(all, 1, (o) => o.q.unit.kind === 'count')).toBeUndefined();
    expect(laterInClause(all, 3, () => true)).toBeUndefined();
  });
  it('should not support looking past MAX_CLAUSE after the clause start, where no reading of the clause can start', () => {
    const far = [reading(0, 2, 0), reading(MAX_CLAUSE + 1, MAX_CLAUSE + 3, 0, 'rate')];
    expect(laterInClause(far, 0, () => true)).toBeUndefined();
  });
});

describe('laterBefore', () => {
  const all = [reading(0, 2, 0), reading(4, 6, 0, 'age'), reading(8, 10, 0)];
  it('should support a later reading starting before the end that the test accepts', () => {
    expect(laterBefore(all, 0, 9, (o) => o.q.unit.kind !== 'age')).toBe(true);
  });
  it('should not support readings that start at or after the end', () => {
    expect(laterBefore(all, 0, 8, (o) => o.q.unit.kind !== 'age')).toBe(false);
  });
});

describe('lastEndingBetween', () => {
  it('should support the last earlier reading that ends inside the span', () => {
    const all = [reading(0, 3, 0), reading(4, 6, 0), reading(7, 9, 0), reading(20, 22, 0)];
    expect(lastEndingBetween(all, prefixMaxEnds(all), 3, 2, 8)).toBe(all[1]);
  });
  it('should support an early reading whose end reaches past later ones', () => {
    const all = [reading(0, 15, 0), reading(4, 6, 0), reading(20, 22, 0)];
    expect(lastEndingBetween(all, prefixMaxEnds(all), 2, 10, 18)).toBe(all[0]);
  });
  it('should not support a reading that ends at or before the span start, or at its end', () => {
    const all = [reading(0, 3, 0), reading(4, 8, 0), reading(20, 22, 0)];
    expect(lastEndingBetween(all, prefixMaxEnds(all), 2, 3, 8)).toBeUndefined();
  });
});

describe('amountRunEnd', () => {
  const text = '50元以上 500元以下罚款，另有3人';
  const all = [reading(0, 5, 0, 'count', true), reading(6, 12, 0, 'count', true), reading(16, 18, 0)];
  it('should support the end of amounts written back to back, white space between them', () => {
    const memo: number[] = [];
    expect(amountRunEnd(text, all, 0, memo)).toBe(12);
    expect(memo[1]).toBe(12);
    expect(amountRunEnd(text, all, 1, memo)).toBe(12);
  });
  it('should not support a run through a reading that is no amount, or past other text', () => {
    expect(amountRunEnd('5元和6元', [reading(0, 2, 0, 'count', true), reading(3, 5, 0, 'count', true)], 0, [])).toBe(2);
  });
});

describe('a sentence of many quantities', () => {
  it('should support reading each repeat of a clause as the clause alone is read', () => {
    const clause = '婴儿死亡率下降到4‰以下，孕产妇死亡率控制在20/10万以内，';
    const one = brief(indicators(`${clause.slice(0, -1)}。`, ANNUAL_2024));
    const many = brief(indicators(`${clause.repeat(400).slice(0, -1)}。`, ANNUAL_2024));
    expect(one).toHaveLength(2);
    expect(many).toHaveLength(800);
    expect(many.slice(-2)).toEqual(one);
  });
  it('should not support a fine read as a target after a long run of amounts', () => {
    const run = '补助1万元、'.repeat(300);
    expect(brief(indicators(`${run}对违规单位处2000元以上1万元以下罚款。`, ANNUAL_2024)).some((b) => b.includes('2000'))).toBe(false);
  });
});
