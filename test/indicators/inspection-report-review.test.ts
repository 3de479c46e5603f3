// A 督查通报 / 工作进展情况通报: 一、总体情况 and 二、进展情况 report what has been done so far, 三、存在的问题 the gaps, and
// 四、下一步工作要求 the targets. Its statistics give an amount and then its growth or its share of the year's task, rank units
// with their rates in brackets, and open clauses with the set a figure measures. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'tongbao.txt' })).indicators.map((i) => [i.value, i.kind]);
const named = async (text: string) => (await extract(text, { path: 'tongbao.txt' })).indicators.map((i) => [i.metric, i.value]);

const report = (...lines: string[]) => ['关于2027年一季度重点工作推进情况的通报', ...lines].join('\n');

describe('indicators: the parts of a 督查通报 that report progress', () => {
  it('should support the figures under 一、总体情况 and 二、进展情况 as measured levels, and those under 下一步 as targets', async () => {
    const text = report(
      '一、总体情况',
      '　　一季度，全市新开工项目24个，开工率为72%。',
      '二、进展情况',
      '　　（一）进度较快的单位。东区项目投资完成率达到41.5%。',
      '三、下一步工作要求',
      '　　确保全年项目开工率达到95%以上。',
    );
    expect(await items(text)).toEqual([
      [24, 'actual'],
      [72, 'actual'],
      [41.5, 'actual'],
      [95, 'target'],
    ]);
  });

  it('should not support a task heading that only names progress to make (一、加快推进项目建设) as a review', async () => {
    const text = report('一、加快推进项目建设', '　　全年新开工项目30个以上。');
    expect(await items(text)).toEqual([[30, 'target']]);
  });
});

describe('indicators: a bare amount with its growth or share of the task after it', () => {
  it('should support the amount before 同比增长 or 完成年度… as a level reached, and the growth as the amount\'s', async () => {
    const text = ['某县2027年工作要点', '　　2026年，全县实际到位省外资金48.5亿元，同比增长6.2%。全县招商引资到位资金12.3亿元，完成年度目标任务的61.5%。'].join('\n');
    const got = (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.kind, i.year]);
    expect(got).toEqual([
      ['实际到位省外资金', 48.5, 'actual', 2026],
      ['实际到位省外资金', 6.2, 'actual', 2026],
      ['招商引资到位资金', 12.3, 'actual', 2026],
      ['招商引资到位资金年度目标任务完成进度', 61.5, 'actual', 2026],
    ]);
  });

  // (A sentence that opens with the year before the plan's is that year's review, whose bare amounts are levels reached:
  // past-year-opening.test.ts.)
  it('should not support a bare amount with no growth after it, nor a project\'s 总投资 before one', async () => {
    const text = ['某县2027年工作要点', '　　全县实际到位省外资金48.5亿元，外贸企业数量稳步增加。', '　　实施总投资8亿元的项目，同比增长5%。'].join('\n');
    const got = (await extract(text, { path: 'plan.txt' })).indicators.map((i) => i.value);
    expect(got).not.toContain(48.5);
    expect(got).not.toContain(8);
  });
});

describe('indicators: counts that only describe the set in a review', () => {
  it('should not support a count opening the subject whose own amount follows in the clause (全区36个重点项目完成投资…)', async () => {
    const text = report('一、总体情况', '　　一季度，全区36个重点项目完成投资12.8亿元。');
    expect((await named(text)).map(([, v]) => v)).toEqual([12.8]);
  });

  it('should support two counts joined as members of a list, achieved in a review (4个乡镇和3个社区通过验收)', async () => {
    const text = report('一、总体情况', '　　一季度，全区4个乡镇和3个社区新获评省级卫生单位。');
    expect((await named(text)).map(([, v]) => v)).toEqual([4, 3]);
  });

  it('should not support a measure said of some members of a set under 存在的问题 (个别项目审批周期超过60天)', async () => {
    const text = report('一、存在的问题', '　　要素保障不够有力，个别项目审批周期超过60天，部分乡镇完成率低于30%。');
    expect(await items(text)).toEqual([]);
  });

  it('should support the same measure said of the whole under 存在的问题 as a measured level', async () => {
    const text = report('一、存在的问题', '　　要素保障不够有力，项目平均审批周期超过60天。');
    expect(await items(text)).toEqual([[60, 'actual']]);
  });
});

describe('indicators: a ranked list of units with their rates in brackets', () => {
  it('should support each unit as its rate\'s name, without the list\'s label or the open bracket', async () => {
    const text = report('一、进展情况', '　　按项目投资完成率排序，前两位依次为北湖区（52.3%）和西城镇（48.6%）。');
    expect(await named(text)).toEqual([
      ['北湖区', 52.3],
      ['西城镇', 48.6],
    ]);
  });

  it('should not support dropping what comes before a 分别为 that is not followed by a bracketed value', async () => {
    const text = report('一、进展情况', '　　城镇和农村居民人均可支配收入分别为4.2万元和2.1万元。');
    expect((await named(text)).map(([m]) => m).every((m) => String(m).includes('人均可支配收入'))).toBe(true);
  });
});
