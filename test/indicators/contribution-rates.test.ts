// The contributions a law or regulation fixes as a share of a base (工会法: 按全部职工工资总额的2%拨缴工会经费; 住房公积金: 按职工工资的
// N%缴存), which 工会, 公积金 and 财政 plans restate among the rules they enforce, with the body paid between the rate and the verb
// or none (按…2%向工会拨缴经费): the law's rate, never a level the plan sets (grammar levyVerbs 拨缴/上缴/缴存, payeeLeads 向). The
// plan's own levels (经费收缴率达到95%以上) stay items. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市总工会2027年工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: a contribution rate fixed by law (按…N%拨缴/上缴/缴存)', () => {
  it('should support a rate before the body paid and a verb of contributing as no indicator', async () => {
    expect(await items(['一、加强经费管理', '督促各建会单位依法按每月职工工资总额的2%向上级工会拨缴经费，做到应收尽收。'])).toEqual([]);
    expect(await items(['一、加强经费管理', '各基层工会按留成经费的5%向县总工会上缴，用于困难职工帮扶。'], '某县总工会2027年工作计划')).toEqual([]);
  });

  it('should support a rate right before a verb of contributing as no indicator', async () => {
    expect(await items(['一、扩大制度覆盖', '指导非公企业按职工月工资的8%缴存住房公积金。'], '某市住房公积金中心2027年工作要点')).toEqual([]);
  });

  it('should not support the collection levels the plan sets, nor a rate after 向 with no verb of contributing', async () => {
    const out = await items(['一、加强经费管理', '全年工会经费收缴率达到96%以上，向困难职工发放补助的比例提高到30%。']);
    expect(out.map((i) => [i[0], i[1], i[3]])).toEqual([
      ['工会经费收缴率', 96, '>='],
      expect.arrayContaining([30]),
    ]);
  });
});
