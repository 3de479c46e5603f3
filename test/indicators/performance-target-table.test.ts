// A budget's 绩效目标表 (项目支出 / 部门整体支出), in the form finance departments prescribe: a head of label⇥value rows
// (项目名称, 主管部门, 年度资金总额（万元）…) over the grid 一级指标⇥二级指标⇥三级指标⇥指标值, whose upper levels are
// merged cells written once per group (the rows under them open with empty cells); each 指标值 is the target the budget year
// holds the row's 三级指标 to, with a sign (≥95%, ≤30天, =6次) or bare (100%). Tables written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { findKind } from '../../src/meta/kind.js';
import { grammars } from '../grammar-helpers.js';

const items = async (lines: string[]) =>
  (await extract(['某县民政局2027年项目支出绩效目标表', '', ...lines].join('\n'), { path: 'kpi.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

const grid = ['一级指标\t二级指标\t三级指标\t指标值'];

describe('indicators: the 指标值 of a 绩效目标表', () => {
  it('should support the kind 绩效目标 from the title', () => {
    expect(findKind('某县民政局2027年度部门整体支出绩效目标', grammars().meta)).toBe('绩效目标');
    expect(findKind('某区2027年困难群众救助项目支出绩效目标表', grammars().meta)).toBe('绩效目标');
  });

  it('should support each 指标值 named by its 三级指标, the upper levels grouping the rows', async () => {
    expect(await items([...grid, '产出指标\t数量指标\t特困人员救助供养人数\t≥820人', '\t\t临时救助人次\t≥1500人次', '\t时效指标\t救助资金发放及时率\t100%', '满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%'])).toEqual([
      ['特困人员救助供养人数', 820, '人', '>=', 'target', 2027],
      ['临时救助人次', 1500, '人次', '>=', 'target', 2027],
      ['救助资金发放及时率', 100, '%', '=', 'target', 2027],
      ['救助对象满意度', 90, '%', '>=', 'target', 2027],
    ]);
  });

  it('should support a value written with = and a row name that opens with a number', async () => {
    expect(await items([...grid, '产出指标\t数量指标\t养老机构消防检查次数\t=4次', '\t\t80岁以上老年人高龄津贴发放人数\t≥6200人', '\t质量指标\t2级以上养老机构占比\t≥40%'])).toEqual([
      ['养老机构消防检查次数', 4, '次', '=', 'target', 2027],
      ['80岁以上老年人高龄津贴发放人数', 6200, '人', '>=', 'target', 2027],
      ['2级以上养老机构占比', 40, '%', '>=', 'target', 2027],
    ]);
  });

  it('should support the grid under a head of label⇥value rows', async () => {
    const out = await items(['项目名称\t困难群众救助项目', '主管部门\t某县民政局', ...grid, '产出指标\t数量指标\t特困人员救助供养人数\t≥820人', '\t质量指标\t救助资金发放及时率\t100%']);
    expect(out).toEqual([
      ['特困人员救助供养人数', 820, '人', '>=', 'target', 2027],
      ['救助资金发放及时率', 100, '%', '=', 'target', 2027],
    ]);
  });

  it('should not support the 指标值 cells with no number (逐步提高, 长期) or a deadline as items', async () => {
    expect(await items([...grid, '效益指标\t社会效益指标\t困难群众基本生活保障水平\t逐步提高', '\t可持续影响指标\t救助长效机制\t长期', '产出指标\t时效指标\t资金下达时间\t2027年6月底前'])).toEqual([]);
  });
});
