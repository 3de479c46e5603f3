// The review parts of two genres read beside a year's plan: the 计划执行情况 part of the 计划报告 (and the 预算执行情况 of the
// budget report) a people's congress hears, and the 肯定成绩 part of a leader's speech at a 工作会议, whose look back opens
// with 过去一年 and leads into its numbered points.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const kinds = async (text: string, path = 'report.txt') => (await extract(text, { path })).indicators.map((i) => [i.value, i.kind, i.year]);

describe('indicators: the 执行情况 part of a 计划报告', () => {
  it('should support the levels under 一、2026年…计划执行情况 as actual levels of 2026, and the targets after it as 2027', async () => {
    const text = [
      '关于某市2026年国民经济和社会发展计划执行情况与2027年国民经济和社会发展计划草案的报告',
      '一、2026年国民经济和社会发展计划执行情况',
      '　　（一）工业生产平稳。全市规模以上工业增加值增长6.8%，新增规模以上工业企业65家。',
      '二、2027年国民经济和社会发展的主要目标',
      '　　规模以上工业增加值增长7%左右，城镇新增就业3.5万人。',
    ].join('\n');
    expect(await kinds(text)).toEqual([
      [6.8, 'actual', 2026],
      [65, 'actual', 2026],
      [7, 'change', 2027],
      [3.5, 'target', 2027],
    ]);
  });

  it('should support the 预算执行情况 part of a budget report as a review of its year', async () => {
    const text = ['关于某县2026年预算执行情况和2027年预算草案的报告', '一、2026年预算执行情况', '　　全县一般公共预算收入完成21.3亿元，增长4.2%。', '二、2027年预算草案', '　　全县一般公共预算收入安排22.2亿元。'].join('\n');
    expect(await kinds(text)).toEqual([
      [21.3, 'actual', 2026],
      [4.2, 'actual', 2026],
      [22.2, 'target', 2027],
    ]);
  });

  it('should not support a task heading that only speaks of carrying a plan out as a review (二、抓好计划执行)', async () => {
    const text = ['某市2027年国民经济和社会发展计划', '一、抓好计划执行', '　　全市规模以上工业增加值增长7%左右。'].join('\n');
    expect(await kinds(text)).toEqual([[7, 'change', 2027]]);
  });
});

describe('indicators: the 肯定成绩 part of a speech at a 工作会议', () => {
  const speech = (lead: string) =>
    [
      '在2027年全市教育工作会议上的讲话',
      '同志们：',
      '一、充分肯定成绩，坚定办好人民满意教育的信心',
      lead,
      '　　第一，办学条件明显改善。新建改扩建中小学校12所，新增学位8600个。',
      '　　第二，教育质量稳步提升。学前教育毛入园率达到93.5%。',
      '二、突出重点，扎实做好今年工作',
      '　　第一，要扩大优质资源。今年再新增学位5000个，学前教育毛入园率达到94%以上。',
    ].join('\n');

  it('should support the points after a 过去一年 lead-in as actual levels of the year before the speech\'s', async () => {
    for (const lead of ['　　过去一年，全市教育系统攻坚克难，各项工作取得新进展。主要体现在两个方面：', '　　一年来，全市教育事业稳步发展。概括起来，有以下几点：']) {
      expect(await kinds(speech(lead), 'speech.txt'), lead).toEqual([
        [12, 'actual', 2026],
        [8600, 'actual', 2026],
        [93.5, 'actual', 2026],
        [5000, 'target', 2027],
        [94, 'target', 2027],
      ]);
    }
  });

  it('should not support the points of a speech\'s task part being read as a review because a 过去一年 sentence comes before them', async () => {
    const text = [
      '在2027年全市教育工作会议上的讲话',
      '一、突出重点，扎实做好今年工作',
      '　　过去一年，我们打下了较好基础。今年要重点抓好以下工作：',
      '　　第一，要扩大优质资源。新增学位5000个。',
    ].join('\n');
    expect(await kinds(text, 'speech.txt')).toEqual([[5000, 'target', 2027]]);
  });
});

describe('indicators: the 正视差距 part of a speech', () => {
  const text = (gaps: string) =>
    [
      '在2027年全县养老服务工作会议上的讲话',
      '一、正视差距，增强做好今年工作的紧迫感',
      `　　${gaps}`,
      '二、聚焦重点，抓好今年各项任务',
      '　　全县养老机构护理型床位占比要达到60%以上。',
    ].join('\n');

  it('should support a level among the gaps as a measured level, and the targets of the next part as this year\'s', async () => {
    expect(await kinds(text('一是养老服务供给不足，全县每千名老年人拥有养老床位数为28.5张；二是专业护理人员短缺。'), 'speech.txt')).toEqual([
      [28.5, 'actual', null],
      [60, 'target', 2027],
    ]);
  });

  it('should not support a count said of some members of a set (部分…只有1名, 个别…仅有2名) as a level reached', async () => {
    expect(await kinds(text('一是部分乡镇敬老院只有1名管理人员；二是个别村级互助养老点仅有2张床位。'), 'speech.txt')).toEqual([[60, 'target', 2027]]);
  });
});

