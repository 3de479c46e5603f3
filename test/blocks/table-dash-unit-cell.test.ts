// A 主要指标 table flattened one cell a line whose 单位 column says "no unit" with a dash (—, /) in a dimensionless row (医护比,
// 床护比, 基尼系数): the row is still a row, and the rows after it stay in the table. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const got = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit ?? ''}|${i.comparator}|${i.kind}|${i.year}`);

// Columns 指标 / 单位 / 2025年 / 2030年 / 属性 (the unit column before the years).
const cells = (rows: string[][]) =>
  ['某县卫生健康事业发展规划（2026—2030年）', '二、发展目标', '到2030年，全县卫生健康服务体系更加完善。', '表1　主要指标', '指标', '单位', '2025年', '2030年', '属性', ...rows.flat(), '三、主要任务', '（一）优化资源布局。'].join('\n');

describe('blocks: a dash in the 单位 cell of a flattened table row', () => {
  it('should support the rows after a row whose 单位 cell is a dash', async () => {
    const out = await got(
      cells([
        ['每千人口执业（助理）医师数', '人', '2.90', '3.40', '预期性'],
        ['床护比', '—', '1:0.62', '1:0.75', '预期性'],
        ['每万人口全科医生数', '人', '3.1', '4.5', '约束性'],
      ]),
    );
    expect(out).toContain('每万人口全科医生数|3.1|人|=|baseline|2025');
    expect(out).toContain('每万人口全科医生数|4.5|人|=|target|2030');
  });

  it('should support a row whose 单位 cell is a slash, before a row with a unit', async () => {
    const out = await got(
      cells([
        ['每千人口注册护士数', '人', '3.20', '3.90', '预期性'],
        ['基层诊疗量占比', '%', '52', '≥60', '预期性'],
        ['居民健康素养水平综合指数', '/', '0.61', '0.70', '预期性'],
        ['每千人口药师（士）数', '人', '0.45', '0.54', '预期性'],
      ]),
    );
    expect(out).toContain('每千人口药师（士）数|0.54|人|=|target|2030');
  });

  it('should not support a dash in a value column as the unit: the row keeps its unit and its other value', async () => {
    const out = await got(
      cells([
        ['每千人口执业（助理）医师数', '人', '2.90', '3.40', '预期性'],
        ['每千人口托位数', '个', '—', '4.5', '预期性'],
        ['每万人口全科医生数', '人', '3.1', '4.5', '约束性'],
      ]),
    );
    expect(out).toContain('每千人口托位数|4.5|个|=|target|2030');
    expect(out.filter((s) => s.startsWith('每千人口托位数'))).toHaveLength(1);
  });
});
