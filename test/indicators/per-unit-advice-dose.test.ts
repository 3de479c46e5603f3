// 农技/植保 plans pass on the rates a farmer should apply for each 亩 (a fertiliser formula, a pesticide dose) as an advice:
// 施肥建议为每亩…, 推荐用量为亩施…. What the advice gives per unit is a norm of technique, not a level the plan sets; the plan's
// own targets in the same sentence stay items. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the per-unit dose of an advice (施肥建议为每亩纯氮N公斤)', () => {
  it('should support the doses after 建议为每亩 / 推荐…为亩 as no indicator', () => {
    expect(values('水稻施肥建议为每亩纯氮10公斤、五氧化二磷4公斤、氧化钾6公斤。')).toEqual([]);
    expect(values('油菜硼肥推荐用量为亩施硼砂1公斤。')).toEqual([]);
  });
  it('should not support a target beside the advice, or a plan that proposes its own level, as advice', () => {
    expect(values('水稻施肥建议为每亩纯氮10公斤，全县配方肥推广面积达到25万亩。')).toEqual(['25|万亩']);
    expect(values('建议全年培训高素质农民300人。')).toEqual(['300|人']);
  });
});
