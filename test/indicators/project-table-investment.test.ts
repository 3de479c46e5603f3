// The investment column of a project table (序号 / 项目 / 建设内容 / 投资（万元） / 完成时限; genre g160 showed it): tables written for
// these tests.
import { describe, expect, it } from 'vitest';

const read = async (lines: string[]): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}`);
};

const plan = (header: string, rows: string[]): string[] => [
  '某县2026年水利建设实施方案',
  '一、重点项目',
  header,
  ...rows,
  '某县水利局',
  '2026年3月1日',
];

describe('indicators: the investment column of a project table', () => {
  it('should support the works a 建设内容 cell sets, not the project\'s investment in its 投资（万元） cell', async () => {
    const items = await read(plan('序号\t项目\t建设内容\t投资（万元）\t完成时限', ['1\t县城水厂扩建工程\t扩建水厂1座，新增供水管网45公里\t8600\t2026年12月']));
    expect(items.filter((i) => i.endsWith('|万元'))).toEqual([]);
    expect(items).toContain('新增供水管网|45|公里');
  });

  it('should support the same for a 总投资 header', async () => {
    const items = await read(plan('序号\t项目名称\t建设内容\t总投资（亿元）', ['1\t灌区改造工程\t改造渠道28公里\t1.2']));
    expect(items.filter((i) => i.endsWith('|亿元'))).toEqual([]);
  });

  it('should support the same for the funds column of a project plan (资金（万元）, each project\'s allocation)', async () => {
    const items = await read(plan('序号\t项目名称\t建设内容\t资金（万元）\t责任单位', ['1\t茶产业基地建设项目\t新建标准化茶园3000亩\t1200\t县农业农村局']));
    expect(items.filter((i) => i.endsWith('|万元'))).toEqual([]);
    expect(items.some((i) => i.includes('标准化茶园|3000|亩'))).toBe(true);
  });

  it('should not support dropping a column that only contains the word (年度计划投资, the year\'s spending)', async () => {
    const items = await read(plan('序号\t项目\t建设内容\t2026年计划投资（万元）', ['1\t县城水厂扩建工程\t扩建水厂1座\t3000']));
    expect(items.some((i) => i.endsWith('|3000|万元'))).toBe(true);
  });
});

describe('indicators: the deadline column of a project or task table dates its row', () => {
  const years = async (lines: string[]): Promise<string[]> => {
    const { extract } = await import('../../src/pipeline.js');
    return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.year}`);
  };
  const multiYear = (rows: string[]): string[] => ['某市城乡供水一体化实施方案（2026—2028年）', '一、重点项目', '序号\t项目\t建设内容\t完成时限', ...rows, '某市水务局', '2026年3月1日'];

  it('should support the year of the row\'s 完成时限 on the targets of its content cell in a multi-year plan', async () => {
    expect(await years(multiYear(['1\t北区供水工程\t新建水厂1座，铺设管网60公里\t2027年12月', '2\t南区管网延伸工程\t新建管网80公里\t2026年底前']))).toEqual(['1|2027', '60|2027', '80|2026']);
  });

  it('should support the row\'s year on a target phrase in a column headed as a target (任务 / 目标 / 责任单位 / 完成时限)', async () => {
    const rows = ['某市数字政府建设实施方案（2026—2028年）', '一、重点任务', '序号\t任务\t目标\t责任单位\t完成时限', '1\t共享平台升级\t日均数据交换量达到500万条\t市数据局\t2027年6月', '2\t公共数据开放\t开放数据集达到200个\t市数据局\t2028年12月', '某市人民政府办公室', '2026年3月1日'];
    expect(await years(rows)).toEqual(['500|2027', '200|2028']);
  });

  it('should not support a year for a row whose deadline names none (持续推进), nor over a year the cell names', async () => {
    expect(await years(multiYear(['1\t农村供水提升\t改造供水工程30处\t持续推进', '2\t水源工程\t到2028年新增蓄水能力500万立方米\t2027年12月']))).toEqual(['30|null', '500|2028']);
  });
});
