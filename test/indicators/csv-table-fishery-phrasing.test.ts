// A comma-separated indicator table read through the whole pipeline, a cumulative cell written with 累计, and the units
// of 渔业 plans (尾, 口, 空方): tables and sentences written for these tests (genre g171-g174 showed them).
import { describe, expect, it } from 'vitest';
import { documentItems, names } from './helpers.js';

const items = documentItems;

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

  it('should support 累计N in a yearly-average column as the cumulative change, as 〔N〕 is', async () => {
    const text = `${HEAD}指标\t2025年\t2030年\t年均增长（%）\n城镇化率（%）\t60\t65\t累计5\n`;
    const got = await items(text);
    expect(got.filter((i) => i.includes('|5|'))[0]?.split('|').slice(0, 5)).toEqual(['城镇化率', '5', '%', '=', 'change']);
  });

  it('should not support a 合计 row name as a value', async () => {
    const text = `${HEAD}指标\t2025年\t2030年\n合计\t—\t—\n`;
    expect(await items(text)).toEqual([]);
  });
});

describe('indicators: units of fisheries plans (尾, 口, 空方)', () => {
  it('should support fry released counted in 尾 and cages counted in 口', () => {
    expect(names('全年增殖放流鱼苗不少于8000万尾，新增深水网箱300口。')).toEqual(['增殖放流鱼苗|8000|万尾', '深水网箱|300|口']);
  });

  it('should support the void volume of artificial reefs in 空方 with no bound word', () => {
    expect(names('投放人工鱼礁5万空方。')).toEqual(['投放人工鱼礁|5|万空方']);
  });

  it('should not support a Chinese numeral before 尾 or 口, or 人口 after a number', () => {
    expect(names('做好渔船进出港一口清管理，处理好首尾衔接。')).toEqual([]);
    expect(names('全镇常住人口3.2万人。')).toEqual([]);
  });
});
