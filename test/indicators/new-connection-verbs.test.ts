// A utility counts the places and users it newly connects to its network with the verb of connection and 新 before it (新通气乡镇3个,
// 新通水自然村15个, 新通电小区8个): the count a 燃气/供水/电力 plan sets, as 新开通 counts routes; the verb stays in the name, as 接入
// does (the towns connected, not the towns there are). A stock of connected places with no verb (共有通气小区12个) sets nothing.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, indicators, ANNUAL_2024 } from './helpers.js';

describe('indicators: places newly connected to a utility network (新通气/新通水/新通电 + noun + count)', () => {
  it('should support a count after 新通气, 新通水 or 新通电 and its object as an item named with the verb', () => {
    expect(names('推进管道天然气向农村延伸，新通气乡镇4个。')).toEqual(['新通气乡镇|4|个']);
    expect(names('实施农村供水提质工程，新通水自然村22个，新通电行政村6个。')).toEqual(['新通水自然村|22|个', '新通电行政村|6|个']);
  });
  it('should not support a stock of connected places, or a count after another verb, as an item of this rule', () => {
    expect(indicators('目前全镇已通气小区共计12个，覆盖率稳步提升。', ANNUAL_2024).map((i) => i.metric)).not.toContain('新通气小区');
    expect(names('新增通气乡镇5个。')).toEqual(['通气乡镇|5|个']);
  });
});
