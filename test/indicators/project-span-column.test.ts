// The span column of a project table (建设起止年限 2026—2028, 建设年限, 竣工年份): a project is built by the last year of its span,
// so the works its content cell sets are due then, also in an annual plan, whose year otherwise dates a target that names none.
// Tables written for these tests.
import { describe, expect, it } from 'vitest';

const years = async (lines: string[]): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.unit}|${i.year}`);
};

const annual = (header: string, rows: string[]): string[] => ['某县2026年教育重点项目建设计划', '一、项目安排', header, ...rows, '某县教育体育局', '2026年3月1日'];

describe('indicators: the span column of a project table dates its row', () => {
  it('should support the last year of a 建设起止年限 span on the works of the row, in an annual plan', async () => {
    const rows = ['1\t县第三中学新建项目\t新建教学楼2栋，新增学位1800个\t2026—2028', '2\t城北幼儿园改扩建项目\t新增学位360个\t2025—2027'];
    expect(await years(annual('序号\t项目名称\t建设内容\t建设起止年限', rows))).toEqual(['2|栋|2028', '1800|个|2028', '360|个|2027']);
  });

  it('should support a 建设年限 and a 竣工年份 column the same way', async () => {
    expect(await years(annual('序号\t项目名称\t建设规模及内容\t建设年限', ['1\t县体育馆项目\t建筑面积1.2万平方米\t2026-2027年']))).toEqual(['1.2|万平方米|2027']);
    expect(await years(annual('序号\t项目名称\t建设内容\t竣工年份', ['1\t县图书馆项目\t新增阅览座位800个\t2028年']))).toEqual(['800|个|2028']);
  });

  it('should not support a span year over a year the cell names, nor over the plan year where the row names no year', async () => {
    const rows = ['1\t县医院迁建项目\t到2027年新增床位400张\t2026—2029', '2\t乡镇卫生院提升项目\t改造乡镇卫生院6所\t分年度实施'];
    expect(await years(annual('序号\t项目名称\t建设内容\t建设起止年限', rows))).toEqual(['400|张|2027', '6|所|2026']);
  });
});
