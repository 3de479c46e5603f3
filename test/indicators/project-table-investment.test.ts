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

  it('should not support dropping a column that only contains the word (年度计划投资, the year\'s spending)', async () => {
    const items = await read(plan('序号\t项目\t建设内容\t2026年计划投资（万元）', ['1\t县城水厂扩建工程\t扩建水厂1座\t3000']));
    expect(items.some((i) => i.endsWith('|3000|万元'))).toBe(true);
  });
});
