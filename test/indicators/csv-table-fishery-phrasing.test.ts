// A comma-separated indicator table read through the whole pipeline and a cumulative cell written with 累计: tables
// written for these tests (genre g172 showed them).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

interface Row {
  metric: string;
  value: unknown;
  unit: string | null;
  comparator: string | null;
  kind: string;
  year: number | null;
  text: string;
}

async function items(text: string): Promise<string[]> {
  const plan = await extract(text);
  return (plan.indicators as Row[]).map((i) => [i.metric, JSON.stringify(i.value), i.unit, i.comparator, i.kind, String(i.year), JSON.stringify(i.text)].join('|'));
}

const HEAD = '某市青年发展规划（2026—2030年）\n一、发展目标\n到2030年，主要指标如下。\n';

describe('indicators: a table of comma-separated values', () => {
  it('should support every value cell of a CSV indicator table as an item, the unit from the name bracket', async () => {
    const text = `${HEAD}序号,指标,2025年,2030年,属性\n1,青年就业率（%）,95.1,≥96,预期性\n2,青年之家（个）,310,420,预期性\n二、主要任务\n加强队伍建设。\n`;
    expect(await items(text)).toEqual([
      '青年就业率|95.1|%|=|baseline|2025|"95.1"',
      '青年就业率|96|%|>=|target|2030|"≥96"',
      '青年之家|310|个|=|baseline|2025|"310"',
      '青年之家|420|个|=|target|2030|"420"',
    ]);
  });

  it('should not support the row numbers and attribute cells of a CSV table as items', async () => {
    const text = `${HEAD}序号,指标,2030年,属性\n3,志愿者注册人数（万人）,60,预期性\n`;
    expect(await items(text)).toEqual(['志愿者注册人数|60|万人|=|target|2030|"60"']);
  });
});

describe('indicators: a cumulative table cell written with 累计', () => {
  it('should support 累计N in a target column as the cumulative value, the total word in its text', async () => {
    const text = `${HEAD}指标\t2025年\t2030年\n新增青年人才（万人）\t—\t累计40\n`;
    expect(await items(text)).toEqual(['新增青年人才|40|万人|=|target|2030|"累计40"']);
  });

  it('should not support a 合计 row name as a value', async () => {
    const text = `${HEAD}指标\t2025年\t2030年\n合计\t—\t—\n`;
    expect(await items(text)).toEqual([]);
  });
});
