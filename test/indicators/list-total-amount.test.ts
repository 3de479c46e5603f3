// 等 closes a list of names; an amount of money right after it is the list's total (违规发放津贴补贴等428.6万元), the way audit
// findings and reviews state a sum: an amount, named by the list without its 等 (the verb before it is dropped as for any amount
// of money paid: 发放补贴N万元 → 补贴), not a count of the list's members (等4类疾病).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'audit.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

const report = (sentence: string) => ['关于某县2025年度县级预算执行和其他财政收支的审计工作报告', '一、部门预算执行审计情况', sentence].join('\n');

describe('indicators: an amount of money after a list closed by 等', () => {
  it('should support the amount after 等 as the total of the list, named without 等', async () => {
    expect(await items(report('主要问题：一是超标准发放加班补助、交通补贴等67.5万元；二是列支与本单位业务无关的招待费等12.8万元。'))).toEqual([
      ['加班补助、交通补贴', 67.5, '万元', 'actual'],
      ['列支与本单位业务无关的招待费', 12.8, '万元', 'actual'],
    ]);
  });

  it('should support the same total in a plan\'s review heading', async () => {
    expect(await items(['某县2026年财政工作要点', '一、2025年工作回顾', '全年清退多领的低保金、临时救助金等46万元。'].join('\n')).then((r) => r.map((i) => [i[1], i[2], i[3]]))).toEqual([[46, '万元', 'actual']]);
  });

  it('should not support a count of kinds after 等 as an item', async () => {
    expect(await items(report('重点抽查了教育、医疗等6类民生资金。'))).toEqual([]);
  });

  it('should not support dropping 等 that ends a word of the name', async () => {
    const out = await items(['某县2026年教育工作要点', '二、主要目标', '全县高等教育毛入学率达到62%。'].join('\n'));
    expect(out.map((i) => i[0])).toEqual(['高等教育毛入学率']);
  });
});
