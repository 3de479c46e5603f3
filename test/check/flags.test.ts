// Flags on the data: an indicator carries the rule ids of the diagnostics about it, and a problem
// is reported once per place even when two indicators share it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Indicator } from '../../src/schema.js';

describe('indicator flags', () => {
  it('should support flagging an implausible unit on the indicator it concerns, and only that one', async () => {
    const plan = await extract('孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在20/10万、7.0%和9.5%以内。\n');
    const flags = Object.fromEntries(plan.indicators.map((i) => [i.metric, i.flags]));
    expect(flags).toEqual({ 孕产妇死亡率: undefined, 婴儿死亡率: ['indicator/implausible-unit'], '5岁以下儿童死亡率': ['indicator/implausible-unit'] });
  });

  it('should support flagging a lost value, and not the value read next to it', async () => {
    const plan = await extract('全市居民平均期望寿命从2015年的岁提高到78岁以上。\n');
    expect(plan.indicators.map((i) => [i.value, i.flags])).toEqual([
      [null, ['indicator/missing-value']],
      [78, undefined],
    ]);
  });

  it('should support one diagnostic per problem and place when two lost values share the place', async () => {
    const plan = await extract('婴儿死亡率由‰下降到‰。\n');
    expect(plan.indicators).toHaveLength(2);
    expect(plan.indicators.every((i) => i.flags?.includes('indicator/missing-value'))).toBe(true);
    expect(plan.diagnostics.filter((d) => d.rule === 'indicator/missing-value')).toHaveLength(1);
  });

  it('should support flagging a doubtful year when the indicator holds a date that lost its separator', async () => {
    const inside = await extract('婴儿死亡率到20232025年下降到4‰以下。\n');
    expect(inside.indicators.map((i) => i.flags)).toEqual([['date/lost-separator']]);
    // The same date outside the indicator's text is a diagnostic, not a flag of the indicator.
    const outside = await extract('到20232025年，婴儿死亡率下降到4‰以下。\n');
    expect(outside.diagnostics.map((d) => d.rule)).toEqual(['date/lost-separator']);
    expect(outside.indicators.map((i) => i.flags)).toEqual([undefined]);
  });

  it('should support flagging a doubtful year on the one indicator among several that holds the date', async () => {
    // Indicators before and after the one holding the date are found through the same index.
    const plan = await extract('到2025年，婴儿死亡率下降到5‰以下。\n婴儿死亡率到20232025年下降到4‰以下。\n到2025年，孕产妇死亡率下降到10/10万以下。\n');
    expect(plan.indicators.map((i) => i.flags)).toEqual([undefined, ['date/lost-separator'], undefined]);
  });

  it('should not support flags from a rule turned off', async () => {
    const { planCheck } = await import('../../src/check/plugin.js');
    const { VFile } = await import('vfile');
    const plan = await extract('婴儿死亡率控制在7.0%以内。\n');
    expect(plan.indicators[0]?.flags).toEqual(['indicator/implausible-unit']);
    // Re-running the check stage with the rule off leaves the indicator unflagged.
    const tree = { ...plan, indicators: plan.indicators.map(({ flags: _, ...i }): Indicator => i) };
    const fileWithMessage = () => {
      const file = new VFile({ value: '婴儿死亡率控制在7.0%以内。\n' });
      file.message('x', { ruleId: 'indicator/implausible-unit', ancestors: [tree.indicators[0] as never] });
      return file;
    };
    const off = fileWithMessage();
    planCheck({ rules: { 'indicator/implausible-unit': 'off' } })(tree, off);
    expect(tree.indicators[0]?.flags).toBeUndefined();
    expect(off.messages).toHaveLength(0);
    planCheck()(tree, fileWithMessage());
    expect(tree.indicators[0]?.flags).toEqual(['indicator/implausible-unit']);
  });
});
