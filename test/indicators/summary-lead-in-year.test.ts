// A lead-in's year governs the list it introduces, not a later section whose heading names the plan's own year.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const summary = (preamble: string) =>
  [
    '某镇人民政府2025年工作总结和2026年工作计划',
    preamble,
    '一、2025年工作总结',
    '（一）产业发展。全年新增规上企业8家，完成农房改造120户。',
    '二、2026年工作计划',
    '（一）产业发展。新增规上企业10家以上，完成农房改造150户。',
    '（二）民生保障。城镇新增就业500人，农村自来水普及率达到98%。',
  ].join('\n');

const kinds = async (text: string) => (await extract(text, { path: 'summary.txt' })).indicators.map((i) => [i.value, i.kind, i.year]);

describe('indicators: a report preamble that leads in with a past year', () => {
  it('should support the targets of a section headed with the plan year after a preamble ending in 报告如下：', async () => {
    for (const preamble of [
      '2025年，全镇上下团结奋进，较好完成了全年目标任务。现将有关情况报告如下：',
      '2025年，在县委、县政府的领导下，我镇各项工作稳步推进。现将工作情况汇报如下：',
    ]) {
      expect(await kinds(summary(preamble)), preamble).toEqual([
        [8, 'actual', 2025],
        [120, 'actual', 2025],
        [10, 'target', 2026],
        [150, 'target', 2026],
        [500, 'target', 2026],
        [98, 'target', 2026],
      ]);
    }
  });
  it('should not support a lead-in year being dropped for a list that follows it under no heading of its own', async () => {
    const text = ['某市2026年急救工作要点', '一、主要目标', '到2026年底，全市院前急救网络更加健全，主要指标达到以下要求：', '1.急救呼叫满足率达到100%；', '2.平均急救反应时间缩短至12分钟以内。'].join('\n');
    expect((await kinds(text)).map((k) => k[2])).toEqual([2026, 2026]);
  });
  it('should not support a heading naming another year than the plan year clearing a lead-in year under a review', async () => {
    const text = ['某区2026年工作计划', '一、2025年工作回顾', '2025年，全区主要指标完成情况如下：', '（一）城镇新增就业1.2万人。', '二、2026年工作安排', '城镇新增就业1.3万人。'].join('\n');
    expect(await kinds(text)).toEqual([
      [1.2, 'actual', 2025],
      [1.3, 'target', 2026],
    ]);
  });
  it('should not support a sentence about a past year as the lead-in of a dashed list after it (2025年，…平稳。 ——…)', async () => {
    const text = ['某市2026年国民经济和社会发展计划', '一、主要目标', '2025年，全市经济运行总体平稳，地区生产总值增长5.2%。', '——地区生产总值增长6%左右。', '——城镇调查失业率控制在5.5%以内。'].join('\n');
    expect(await kinds(text)).toEqual([
      [5.2, 'actual', 2025],
      [6, 'change', 2026],
      [5.5, 'target', 2026],
    ]);
  });

  it('should support a deadline sentence ending in 。 as the lead-in of a dashed list after it (到2028年，…。 ——…)', async () => {
    const text = [
      '某市数字经济发展三年行动计划（2026—2028年）',
      '一、发展目标',
      '到2028年，全市数字经济规模持续壮大，融合发展水平显著提升。',
      '——产业规模扩大。数字经济核心产业增加值占比提高到12%。',
      '——融合应用深化。规模以上工业企业数字化改造覆盖率达到80%以上。',
      '二、重点任务',
      '（一）建设算力设施。新建数据中心机架2000个。',
    ].join('\n');
    expect(await kinds(text)).toEqual([
      [12, 'target', 2028],
      [80, 'target', 2028],
      [2000, 'target', null],
    ]);
  });
  it('should not support a deadline sentence ending in 。 as the lead-in of a plain paragraph after it', async () => {
    const text = [
      '某县乡村振兴三年行动方案（2026—2028年）',
      '一、主要目标',
      '到2027年，农村人居环境明显改善。',
      '农村卫生户厕普及率达到92%。',
    ].join('\n');
    expect(await kinds(text)).toEqual([[92, 'target', null]]);
  });
});
