// A scoring sheet (考核评分表) of two levels of indicators, 一级指标 / 二级指标 / 目标值 / 分值 / 评分标准, as 医共体, 公立医院 and
// 基层 绩效考核 方案 attach it: the 一级指标 cell (with its points) spans the rows of its group, the 二级指标 names each row, only the
// 目标值 column holds targets. Flattened one cell per line, the sheet is read with all five columns (分值, 评分 are its header's
// words) and each 目标值 cell is named by its row's deepest level of indicator. Sheets invented for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.year]);

const sheet = (lines: string[]) =>
  ['某县2027年基层医疗卫生机构绩效考核实施方案', '一、考核内容', '考核按附件评分表进行。', '', '附件', '', '某县基层医疗卫生机构绩效考核评分表', '', ...lines].join('\n');

describe('indicators: a scoring sheet of levels of indicators flattened one cell per line', () => {
  it('should support the 目标值 cells named by the 二级指标 of their row, the 一级指标 spanning its group', async () => {
    const text = sheet([
      '一级指标', '二级指标', '目标值', '分值', '评分标准',
      '公共卫生（40分）', '高血压患者规范管理率', '≥70%', '20', '每降低1个百分点扣1分',
      '糖尿病患者规范管理率', '≥68%', '20', '每降低1个百分点扣1分',
      '运行管理（20分）', '医疗服务收入占比', '≥30%', '20', '每降低1个百分点扣2分',
    ]);
    expect(await read(text)).toEqual([
      ['高血压患者规范管理率', 70, '%', '>=', 2027],
      ['糖尿病患者规范管理率', 68, '%', '>=', 2027],
      ['医疗服务收入占比', 30, '%', '>=', 2027],
    ]);
  });

  it('should support a sheet whose last column is a 评分办法, and a cell with a unit of days', async () => {
    const text = sheet([
      '一级指标', '二级指标', '目标值', '分值', '评分办法',
      '运行效率（30分）', '平均住院日', '≤8天', '15', '每增加1天扣2分',
      '床位使用率', '≥80%', '15', '每降低1个百分点扣0.5分',
    ]);
    expect(await read(text)).toEqual([
      ['平均住院日', 8, '天', '<=', 2027],
      ['床位使用率', 80, '%', '>=', 2027],
    ]);
  });

  it('should not support the points, the deduction steps or the group label as items', async () => {
    const text = sheet([
      '一级指标', '二级指标', '目标值', '分值', '评分标准',
      '服务质量（25分）', '门诊患者满意度', '≥90%', '25', '每降低1个百分点扣0.5分',
      '群众获得感（15分）', '家庭医生签约居民续约率', '≥75%', '15', '每降低1个百分点扣1分',
    ]);
    const items = await read(text);
    expect(items.map((i) => i[1])).toEqual([90, 75]);
    expect(items.map((i) => i[0])).toEqual(['门诊患者满意度', '家庭医生签约居民续约率']);
  });

  it('should not support a 三级指标 sheet losing its name column to the levels above it', async () => {
    const text = sheet([
      '一级指标', '二级指标', '三级指标', '指标值',
      '产出指标', '数量指标', '培训基层医务人员', '≥300人次',
      '效益指标', '社会效益指标', '居民健康素养水平', '≥30%',
    ]);
    expect((await read(text)).map((i) => i[0])).toEqual(['培训基层医务人员', '居民健康素养水平']);
  });
});
