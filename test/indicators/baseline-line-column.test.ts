// 基线 / 基线值 name the column a target starts from, as 基期 and 基数 do (2025年（基线值） | 2026年 | 2028年): the word health
// and other sector plans write over their 分年度目标 tables. In a bracket after the year it says what the column holds, never
// the unit of its cells, which the 指标 cell's bracket gives. Tables written for the test, flattened one cell per line.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县卫生健康事业发展三年行动方案（2026—2028年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.kind}|${i.year}`);

describe('tables: a 基线值 column is the baseline', () => {
  it('should support 2025年（基线值） as the baseline column, the unit from the indicator cell', async () => {
    const out = await items(['一、主要目标', '表1 分年度目标', '序号', '指标', '2025年（基线值）', '2026年', '2028年',
      '1', '孕产妇系统管理率（%）', '91.4', '93', '95', '2', '每万人口全科医生数（人）', '3.2', '3.6', '4']);
    expect(out).toEqual([
      '孕产妇系统管理率|91.4|%|baseline|2025', '孕产妇系统管理率|93|%|target|2026', '孕产妇系统管理率|95|%|target|2028',
      '每万人口全科医生数|3.2|人|baseline|2025', '每万人口全科医生数|3.6|人|target|2026', '每万人口全科医生数|4|人|target|2028',
    ]);
  });

  it('should support a column headed 基线 alone, with the year of the plan\'s base in the title row', async () => {
    const out = await items(['二、指标', '序号', '指标名称', '基线', '2027年', '1', '适龄儿童免疫规划疫苗接种率（%）', '90', '95']);
    expect(out).toEqual(['适龄儿童免疫规划疫苗接种率|90|%|baseline|null', '适龄儿童免疫规划疫苗接种率|95|%|target|2027']);
  });

  it('should not support a unit read from a bracket that names the base or the target (（基线值） （目标值）)', async () => {
    const out = await items(['一、主要目标', '序号', '指标', '2025年（基线值）', '2028年（目标值）', '1', '健康素养水平（%）', '31.5', '40']);
    expect(out.map((s) => s.split('|')[2])).toEqual(['%', '%']);
  });
});
