// A table of years × indicators (年度 / 覆盖率 / 站点（个）), the 分年度目标 table of a multi-year 行动方案 (genre g168 showed it):
// each row is named by its year, so its cells are that year's values. Tables written for these tests.
import { describe, expect, it } from 'vitest';

const read = async (lines: string[]): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.kind}|${i.year}`);
};

const plan = (header: string, rows: string[]): string[] => [
  '某市农村物流三年行动方案（2026—2028年）',
  '一、分年度目标',
  header,
  ...rows,
  '二、重点任务',
  '（一）完善网络。推动共同配送。',
];

describe('indicators: a table whose rows are years', () => {
  it('should support the year of each row for its cells, and a baseline row marked 基数', async () => {
    const items = await read(plan('年度\t农村物流站覆盖率（%）\t村级物流点（个）', ['2025年（基数）\t80%\t300', '2026年\t90%\t420', '2028年\t100%\t600']));
    expect(items).toContain('农村物流站覆盖率|80|%|baseline|2025');
    expect(items).toContain('村级物流点|300|个|baseline|2025');
    expect(items).toContain('农村物流站覆盖率|90|%|target|2026');
    expect(items).toContain('村级物流点|600|个|target|2028');
  });

  it('should support a year before the plan as a baseline row without a bracket, and 年底 rows', async () => {
    const items = await read(plan('年份\t冷链仓储能力（万吨）', ['2024年\t12', '2027年底\t18']));
    expect(items).toContain('冷链仓储能力|12|万吨|baseline|2024');
    expect(items).toContain('冷链仓储能力|18|万吨|target|2027');
  });

  it('should not support the row year over a column that names its own year', async () => {
    const items = await read(plan('指标\t2025年\t2028年', ['快递网点（个）\t300\t500']));
    expect(items).toContain('快递网点|300|个|baseline|2025');
    expect(items).toContain('快递网点|500|个|target|2028');
  });

  it('should not support a first cell that is a row number or a name as a year', async () => {
    const items = await read(plan('序号\t项目\t建设内容\t完成时限', ['1\t物流园\t新建分拣中心2个\t2027年12月']));
    expect(items).toContain('分拣中心|2|个|target|2027');
  });
});

describe('indicators: a table of years × works flattened one cell per line', () => {
  // 年度 / 新建 / 改造 / 配套 and rows 2026年 / 8 / 5 / 3 …, under a 单位 line: the header's other cells are works, no header words.
  const flattened = (header: string[], rows: string[][]): string[] => [
    '某县农村供水保障三年行动方案（2026—2028年）',
    '一、分年度任务',
    '表1 分年度任务表',
    '单位：处',
    ...header,
    ...rows.flat(),
    '二、保障措施',
    '（一）加强组织领导。各乡镇落实属地责任。',
  ];

  it('should support each row\'s year, the 单位 line\'s unit and a 合计 row as the totals of the plan\'s last year', async () => {
    const items = await read(flattened(['年度', '新建', '改造', '配套'], [['2026年', '8', '5', '3'], ['2027年', '9', '6', '2'], ['2028年', '7', '4', '1'], ['合计', '24', '15', '6']]));
    expect(items).toContain('新建|8|处|target|2026');
    expect(items).toContain('配套|2|处|target|2027');
    expect(items).toContain('改造|4|处|target|2028');
    expect(items).toContain('新建|24|处|target|2028');
    expect(items.filter((i) => i.startsWith('改造|'))).toHaveLength(4);
  });

  it('should not support a sum row of past years as a target of the plan\'s last year: it is of the last year row\'s year and kind', async () => {
    const lines = flattened(['年度', '新建', '改造', '配套'], [['2021年', '8', '5', '3'], ['2023年', '7', '4', '1'], ['合计', '15', '9', '4']]);
    lines[0] = '某县农村供水保障规划（2026—2030年）';
    const items = await read(lines);
    expect(items).toContain('新建|15|处|baseline|2023');
    expect(items.some((i) => i.endsWith('|target|2030'))).toBe(false);
  });

  it('should support header cells that carry their units in brackets (新建（处）, 新增床位（张）), with no 单位 line', async () => {
    const lines = flattened(['年度', '新建（处）', '新增床位（张）'], [['2026年', '8', '300'], ['2027年', '9', '420'], ['合计', '17', '720']]).filter((l) => !l.startsWith('单位'));
    const items = await read(lines);
    expect(items).toContain('新建|8|处|target|2026');
    expect(items).toContain('新增床位|420|张|target|2027');
    expect(items).toContain('新增床位|720|张|target|2027');
  });

  it('should not support a year column over rows that are no years (年度 / 重点任务 / 牵头单位)', async () => {
    const items = await read(flattened(['年度', '重点任务', '牵头单位'], [['第一阶段', '完成水源地评估', '县水利局'], ['第二阶段', '实施管网改造', '县住建局']]));
    expect(items).toEqual([]);
  });
});
