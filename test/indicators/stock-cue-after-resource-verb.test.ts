// A stock cue (现有, 已建成) right after a verb of drawing on what is there (依托, 利用, 借助, 整合, 盘活 …), with at most a scope word (全镇, 辖区内) between, qualifies the resources an
// action builds on (依托全镇现有86个网格，…化解率达到98%以上): it is an attributive in the verb's object, not a statement that the
// levels after it stand reached, so a later target of the sentence stays a target (grammar resourceUseVerbs; extract.ts
// drawsOnStock). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const kinds = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 2).concat(b.split('|').slice(4, 6)).join('|'));

describe('indicators: a stock cue after a verb of drawing on what is there (依托现有…)', () => {
  it('should support the later level of the sentence as a target', () => {
    expect(kinds('依托全街道现有42个微型消防站，落实网格巡查，火灾隐患整改率达到95%以上。')).toEqual(['95|target|2027']);
    expect(kinds('利用已建成的社区养老服务中心，开展助餐服务，老年助餐点覆盖率达到80%。')).toEqual(['80|target|2027']);
    expect(kinds('整合现有执法力量，推行联合检查，跨部门联合抽查比例不低于30%。')).toEqual(['30|target|2027']);
  });
  it('should not support a cue that states where things stand as a target', () => {
    expect(kinds('全区现有微型消防站42个，火灾隐患整改率达到95%以上。')).toEqual(['95|actual|']);
    expect(kinds('目前已建成社区养老服务中心12个，老年助餐点覆盖率达到80%。')).toEqual(['12|actual|', '80|actual|']);
    // (利用 inside a metric's name, 秸秆综合利用率, is no verb whose object the cue qualifies.)
    expect(kinds('秸秆综合利用率已经达到93%。')).toEqual(['93|actual|']);
  });
});
