// A project table's 建设规模 column holds the works of its row in short phrases (建筑面积…万平方米，新增床位…张), as a 建设内容
// column does: they are read as content cells and dated by the row's span; a 建设地点 / 地址 column says where the project is
// built (a street number is no value), so it is a text column too, and a 合计 row then lines up under its own columns.
// Tables written for these tests.
import { describe, expect, it } from 'vitest';

const items = async (lines: string[]): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.text}|${i.value}|${i.unit}|${i.year}`);
};

const annual = (header: string, rows: string[]): string[] => ['某县2026年卫生健康重点项目计划', '一、项目安排', header, ...rows, '某县卫生健康局', '2026年3月1日'];

describe('indicators: the scale and location columns of a project table', () => {
  it('should support the works of a 建设规模 cell, dated by the last year of the row\'s 建设年限', async () => {
    const header = '序号\t项目名称\t建设规模\t2026年计划投资（万元）\t建设年限';
    const rows = ['1\t县第二人民医院迁建项目\t总建筑面积3.5万平方米，新增床位350张\t9000\t2025—2028'];
    expect(await items(annual(header, rows))).toEqual(['总建筑面积3.5万平方米|3.5|万平方米|2028', '新增床位350张|350|张|2028', '9000|9000|万元|2026']);
  });

  it('should support a 合计 row under its own columns when a 建设地点 column stands before the amounts', async () => {
    const header = '序号\t项目名称\t建设地点\t总投资（亿元）\t2026年计划投资（万元）\t建设年限';
    const rows = ['1\t县中心血站\t城南镇学府路12号\t0.8\t3000\t2026—2027', '2\t县精神卫生中心\t城北镇康宁路7号\t1.2\t5000\t2026—2028', '合计\t\t\t2.0\t8000\t'];
    expect(await items(annual(header, rows))).toEqual(['3000|3000|万元|2026', '5000|5000|万元|2026', '8000|8000|万元|2026']);
  });

  it('should not support the street number of a 建设地点 or 项目地址 cell', async () => {
    const header = '序号\t项目名称\t项目地址\t2026年计划投资（万元）';
    expect(await items(annual(header, ['1\t县急救分站\t东城街道健民路166号\t600']))).toEqual(['600|600|万元|2026']);
  });
});
