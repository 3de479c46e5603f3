// The library as programs use it: a processor composed from the exported plugins, user grammars
// (merge rule and errors), check() and compare({ metrics }).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import {
  check,
  compare,
  extract,
  GrammarError,
  loadGrammars,
  mergeUserGrammars,
  planBlocks,
  planCheck,
  planDates,
  planIndicators,
  planMeta,
  planMetrics,
  planOutline,
  planParse,
  type PlanChild,
  type UserGrammar,
} from '../../src/index.js';
import { ROOT, SEEDS } from '../helpers.js';

const TIANGAN = join(ROOT, 'fixtures', 'grammars', 'tiangan.yaml');
const FOOD_METRICS = join(ROOT, 'fixtures', 'grammars', 'food-safety-metrics.yaml');
const DOC = '一、总体要求\n甲、加强组织领导\n坚持党的全面领导。\n乙、完善工作机制\n健全协调机制。\n二、重点任务\n推进医改。\n';

const outline = (children: readonly PlanChild[]): string[] =>
  children.flatMap((c) => (c.type === 'section' ? [`${'  '.repeat(c.depth - 1)}${c.marker}${c.scheme}`, ...outline(c.children)] : []));

describe('composing the exported plugins', () => {
  it('should support a processor built by hand with a user grammar that adds a scheme, giving the tree extract() gives', async () => {
    const grammars = await loadGrammars(TIANGAN);
    const processor = unified()
      .use(planParse, { grammars })
      .use(planBlocks, { grammars })
      .use(planOutline, { grammar: grammars.outline })
      .use(planMeta, { grammars })
      .use(planDates, { grammars })
      .use(planIndicators, { grammars })
      .use(planMetrics, { grammar: grammars.metrics })
      .use(planCheck)
      .freeze();
    const file = new VFile({ value: DOC, path: 'doc.txt' });
    const tree = await processor.run(processor.parse(file), file);
    const plan = await extract(DOC, { path: 'doc.txt', grammar: TIANGAN });
    expect(outline(plan.children)).toEqual(['一、hanzi-comma', '  甲、tiangan', '  乙、tiangan', '二、hanzi-comma']);
    expect((tree as unknown as { children: PlanChild[] }).children).toEqual(plan.children);
  });

  it('should not support the added scheme without the user grammar', async () => {
    expect(outline((await extract(DOC)).children)).toEqual(['一、hanzi-comma', '二、hanzi-comma']);
  });

  it('should support plugins used without options (the shipped grammars)', async () => {
    const processor = unified().use(planParse).use(planBlocks).use(planOutline).use(planMeta).use(planDates).use(planIndicators).use(planMetrics).use(planCheck);
    const file = new VFile({ value: DOC, path: 'doc.txt' });
    const tree = (await processor.run(processor.parse(file), file)) as unknown as { children: PlanChild[] };
    expect(tree.children).toEqual((await extract(DOC, { path: 'doc.txt' })).children);
  });
});

describe('user grammars', () => {
  it('should support appending to a list and replacing an entry with the same id', () => {
    const sources = mergeUserGrammars([
      { name: 'a.yaml', grammar: { outline: { schemes: [{ id: 'hanzi-comma', pattern: '(?<marker>(?<num>[一二三])、)', numeral: 'hanzi', rank: 40 }] } } },
      { name: 'b.yaml', grammar: { metrics: { scopeWords: ['全社区'] } } },
    ]);
    const schemes = sources.outline?.schemes ?? [];
    expect(schemes.filter((s) => s.id === 'hanzi-comma')).toHaveLength(1);
    expect(schemes.find((s) => s.id === 'hanzi-comma')?.pattern).toBe('(?<marker>(?<num>[一二三])、)');
    expect(sources.metrics?.scopeWords.at(-1)).toBe('全社区');
    expect(sources.metrics?.scopeWords).toContain('全市');
  });

  it('should not support a bad field: one error naming the file and the path of the field as written', () => {
    const bad = { outline: { schemes: [{ id: 'x', pattern: 3, numeral: 'hanzi', rank: 1 }] } };
    expect(() => mergeUserGrammars([{ name: 'mine.yaml', grammar: bad }])).toThrow(new GrammarError('mine.yaml: outline.schemes.0.pattern: Invalid input: expected string, received number'));
    expect(() => mergeUserGrammars([{ name: 'mine.yaml', grammar: { outlines: {} } as UserGrammar }])).toThrow(/^mine\.yaml: outlines: unknown grammar/u);
  });

  it('should not support a pattern that does not compile: the user path is named', async () => {
    const bad = { outline: { schemes: [{ id: 'x', pattern: '((', numeral: 'hanzi', rank: 1 }] } };
    await expect(loadGrammars(bad)).rejects.toThrow(/^grammar\[0\]: outline\.schemes\.0\.pattern: invalid pattern: /u);
  });
});

describe('check()', () => {
  const TEXT = '加强组织领导，明确责任分工,确保落实,做好宣传,抓好培训。各单位要按照要求，认真落实，及时报告，加强协调，形成合力。';

  it('should support rule settings: severity, off, and rule options', async () => {
    const all = await check(TEXT);
    expect(all.filter((d) => d.rule === 'encoding/mixed-width-punctuation')).toHaveLength(3);
    const one = await check(TEXT, { rules: { 'encoding/mixed-width-punctuation': ['warning', { maxPerMark: 1 }] } });
    expect(one.map((d) => [d.rule, d.severity])).toEqual([['encoding/mixed-width-punctuation', 'warning']]);
    expect(one[0]?.message).toMatch(/2 more not listed/u);
    expect(await check(TEXT, { rules: { 'encoding/mixed-width-punctuation': 'off' } })).toEqual([]);
  });

  it('should support turning off a rule another stage emits', async () => {
    const text = readFileSync(join(SEEDS, '002_8e5f57c3d734c99e.txt'));
    expect((await check(text)).some((d) => d.rule === 'indicator/missing-value')).toBe(true);
    expect((await check(text, { rules: { 'indicator/missing-value': 'off' } })).some((d) => d.rule === 'indicator/missing-value')).toBe(false);
  });
});

describe('compare({ metrics })', () => {
  it('should support re-matching plans with a given metric grammar instead of their stored metricId', async () => {
    const plan = await extract(readFileSync(join(SEEDS, '002_8e5f57c3d734c99e.txt')), { path: '002.txt' });
    const stored = compare([plan]);
    expect(stored.rows.some((r) => r.metricId === 'food-safety-sampling')).toBe(false);
    const { metrics } = await loadGrammars({ metrics: (await import('yaml')).parse(readFileSync(FOOD_METRICS, 'utf8')) });
    const row = compare([plan], { metrics }).rows.find((r) => r.metricId === 'food-safety-sampling');
    expect(row?.name).toBe('食品安全抽检合格率');
    expect(row?.cells[0]?.targets.map((t) => t.value)).toEqual([98]);
  });
});
