// Indicator tables read row × column, through the whole pipeline: every value cell is one item,
// and the sentence reader does not read the cells again.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

interface Row {
  metric: string;
  value: unknown;
  unit: string | null;
  comparator: string | null;
  kind: string;
  year: number | null;
  text: string;
}

async function items(text: string): Promise<string[]> {
  const plan = await extract(text);
  return (plan.indicators as Row[]).map((i) => [i.metric, JSON.stringify(i.value), i.unit, i.comparator, i.kind, String(i.year), JSON.stringify(i.text)].join('|'));
}

const HEAD = '某市卫生健康事业发展“十四五”规划\n一、发展目标\n到2025年，主要指标如下。\n';

describe('indicator tables', () => {
  it('should support 指标名称 / 单位 / 2020年 / 2025年 / 属性, one cell per line', async () => {
    const text = `${HEAD}表1 主要发展指标\n指标名称\n单位\n2020年\n2025年\n属性\n人均预期寿命\n岁\n78.3\n79\n预期性\n孕产妇死亡率\n/10万\n7.5\n≤7\n约束性\n二、主要任务\n加强队伍建设。\n`;
    expect(await items(text)).toEqual([
      '人均预期寿命|78.3|岁|=|baseline|2020|"78.3"',
      '人均预期寿命|79|岁|=|target|2025|"79"',
      '孕产妇死亡率|7.5|/10万|=|baseline|2020|"7.5"',
      '孕产妇死亡率|7|/10万|<=|target|2025|"≤7"',
    ]);
  });

  it('should support 序号 / 指标 / 目标值 in blank-separated cells, with units inside the cells and a bracketed name unit', async () => {
    const text = `${HEAD}\n序号\n\n指标\n\n目标值\n\n1\n\n健康素养水平\n\n≥30％\n\n2\n\n千人口床位数（张）\n\n6.5\n\n3\n\n河湖水面积\n\n128.9\n平方公里\n\n注：1. 带≥的为下限值。\n2. 床位数含民营医院。\n`;
    expect(await items(text)).toEqual([
      '健康素养水平|30|％|>=|target|null|"≥30％"',
      '千人口床位数|6.5|张|=|target|null|"6.5"',
      '河湖水面积|128.9|平方公里|=|target|null|"128.9\\n平方公里"',
    ]);
  });

  it('should support a baseline column named 现状 and a change column 年均增长', async () => {
    const text = `${HEAD}指标\t现状值（2020年）\t2025年目标\t年均增长\n卫生总费用（亿元）\t120\t160\t6%\n`;
    expect(await items(text)).toEqual([
      '卫生总费用|120|亿元|=|baseline|2020|"120"',
      '卫生总费用|160|亿元|=|target|2025|"160"',
      '卫生总费用|6|%|=|change|null|"6%"',
    ]);
  });

  it('should support a quota table of regions × measures (the metric names place and measure)', async () => {
    const text = `${HEAD}附件\n各区任务分解表\n地区\n签约人数（万人）\n签约率（%）\n东城区\n12.5\n75\n西城区\n15\n≥78\n`;
    expect(await items(text)).toEqual([
      '东城区签约人数|12.5|万人|=|target|null|"12.5"',
      '东城区签约率|75|%|=|target|null|"75"',
      '西城区签约人数|15|万人|=|target|null|"15"',
      '西城区签约率|78|%|>=|target|null|"≥78"',
    ]);
  });

  it('should support a sentence in a text cell, read by the sentence reader', async () => {
    const text = `${HEAD}部门\t任务\t时限\n卫健局\t到2025年建成5个区域医疗中心。\t2025年\n`;
    const got = await items(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/\|5\|个\|/u);
  });

  it('should not support a comparator from the 属性 column (预期性/约束性)', async () => {
    const text = `${HEAD}指标\n2025年\n属性\n健康素养水平\n30%\n约束性\n婴儿死亡率\n5‰\n预期性\n`;
    expect((await items(text)).map((s) => s.split('|')[3])).toEqual(['=', '=']);
  });

  it('should not support items from empty cells, the 序号 column, the 单位 column or text cells without numbers', async () => {
    const text = `${HEAD}序号\t指标\t单位\t2020年\t2025年\t备注\n1\t健康素养水平\t%\t/\t30\t新增指标\n2\t家庭医生签约服务覆盖率\t%\t—\t—\t暂不设目标\n`;
    expect(await items(text)).toEqual(['健康素养水平|30|%|=|target|2025|"30"']);
  });

  it('should not support a second reading of the cells by the sentence reader', async () => {
    const text = `${HEAD}指标\n2020年\n2025年\n城镇污水处理率\n95%\n≥99%\n`;
    expect(await items(text)).toHaveLength(2);
  });
});
