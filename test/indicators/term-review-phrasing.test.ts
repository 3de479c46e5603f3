// The review of a government's whole term (过去五年工作回顾) in a 政府工作报告 at a 换届 congress: comparisons from the term's first
// year to its last given once for a list of groups, and the sums of the term.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const report = (...lines: string[]): string => ['某县政府工作报告', '——2027年1月9日在某县第十二届人民代表大会第一次会议上', '一、过去五年工作回顾', ...lines, '二、2027年工作安排', '城镇调查失业率控制在5.5%以内。'].join('\n');

describe('indicators: a list of baselines under a distributor', () => {
  it('should support 分别由A、B增加到C、D over the two groups a word names (城乡), each baseline and level its own group\'s', async () => {
    const items = await documentItems(report('五年来，城乡居民人均可支配收入分别由2021年的35120元、19870元增加到2026年的46350元、27410元。'));
    expect(items.slice(0, 4).map((i) => i.split('|').slice(0, 6).join('|'))).toEqual([
      '城镇居民人均可支配收入|35120|元|=|baseline|2021',
      '农村居民人均可支配收入|19870|元|=|baseline|2021',
      '城镇居民人均可支配收入|46350|元|=|actual|2026',
      '农村居民人均可支配收入|27410|元|=|actual|2026',
    ]);
  });
  it('should support 分别由…提高到… over groups listed before the metric, with no years', async () => {
    const items = await documentItems(report('小学、初中专任教师分别由1860人、1120人增加到2040人、1290人。'));
    expect(items.slice(0, 4).map((i) => i.split('|').slice(0, 5).join('|'))).toEqual([
      '小学专任教师|1860|人|=|baseline',
      '初中专任教师|1120|人|=|baseline',
      '小学专任教师|2040|人|=|actual',
      '初中专任教师|1290|人|=|actual',
    ]);
  });
  it('should support three groups, and two metrics of different units (孕产妇死亡率和婴儿死亡率分别由…、…下降到…、…)', async () => {
    const schools = await documentItems(report('小学、初中、高中学校数分别由2021年的46所、18所、5所调整到2026年的38所、17所、6所。'));
    expect(schools.slice(0, 6).map((i) => i.split('|').slice(0, 2).concat(i.split('|').slice(4, 6)).join('|'))).toEqual([
      '小学校数|46|baseline|2021',
      '初中学校数|18|baseline|2021',
      '高中学校数|5|baseline|2021',
      '小学校数|38|actual|2026',
      '初中学校数|17|actual|2026',
      '高中学校数|6|actual|2026',
    ]);
    const rates = await documentItems(report('孕产妇死亡率和婴儿死亡率分别由2021年的12.5/10万、4.1‰下降到2026年的8.2/10万、2.9‰。'));
    expect(rates.slice(0, 4).map((i) => i.split('|').slice(0, 3).concat(i.split('|').slice(4, 6)).join('|'))).toEqual([
      '孕产妇死亡率|12.5|/10万|baseline|2021',
      '婴儿死亡率|4.1|‰|baseline|2021',
      '孕产妇死亡率|8.2|/10万|actual|2026',
      '婴儿死亡率|2.9|‰|actual|2026',
    ]);
  });
  it('should not support it for one baseline and one level (由X提高到Y stays the one metric\'s)', async () => {
    const items = await documentItems(report('林木绿化率由2021年的41.2%提高到2026年的44.6%。'));
    expect(items.slice(0, 2).map((i) => i.split('|').slice(0, 6).join('|'))).toEqual(['林木绿化率|41.2|%|=|baseline|2021', '林木绿化率|44.6|%|=|actual|2026']);
  });
});

describe('indicators: a sum in a later clause of a sentence that opens with its years', () => {
  it('should support 累计 after a level of a dated clause, in a sentence opened by 五年新增, as a total of the five years (year null)', async () => {
    const items = await documentItems(report('五年新增经营主体2.8万户，2026年末经营主体总数达到5.6万户；外贸进出口总额累计完成96亿元。'));
    expect(items.slice(0, 3).map((i) => i.split('|').slice(4, 6).join('|'))).toEqual(['actual|null', 'actual|2026', 'actual|null']);
  });
  it('should not support it where the sum\'s own clause names its date (截至2026年底，累计…)', async () => {
    const items = await documentItems(report('五年新增经营主体2.8万户；截至2026年底，累计建成5G基站1260个。'));
    expect(items.slice(0, 2).map((i) => i.split('|').slice(4, 6).join('|'))).toEqual(['actual|null', 'actual|2026']);
  });
  it('should not support it in a sentence that does not open with its years', async () => {
    const items = await documentItems(report('2026年末经营主体总数达到5.6万户；外贸进出口总额累计完成96亿元。'));
    expect(items.slice(0, 2).map((i) => i.split('|').slice(4, 6).join('|'))).toEqual(['actual|2026', 'actual|2026']);
  });
});

describe('indicators: the sum word of a total is no part of its name', () => {
  it('should support a sum word between the metric and its verb (外贸进出口总额累计完成96亿元 → 外贸进出口总额)', async () => {
    const items = await documentItems(report('五年来，外贸进出口总额累计完成96亿元，固定资产投资累计完成820亿元。'));
    expect(items.slice(0, 2).map((i) => i.split('|').slice(0, 3).join('|'))).toEqual(['外贸进出口总额|96|亿元', '固定资产投资|820|亿元']);
  });
  it('should support the number of years summed over with it (民生支出五年合计312亿元 → 民生支出)', async () => {
    const items = await documentItems(report('全县民生支出五年合计312亿元。'));
    expect(items[0]?.split('|').slice(0, 3).join('|')).toBe('民生支出|312|亿元');
  });
  it('should support a statistical term that holds its verb before the sum word (城镇新增就业累计2.4万人 → 城镇新增就业)', async () => {
    const items = await documentItems(report('新建改扩建中小学和幼儿园27所，城镇新增就业累计2.4万人。'));
    expect(items[1]?.split('|').slice(0, 3).join('|')).toBe('城镇新增就业|2.4|万人');
  });
  it('should not support dropping a sum word that opens the name (累计上云企业: the firms counted so)', async () => {
    const items = await documentItems(report('全县累计上云企业达到320家。'));
    expect(items[0]?.split('|').slice(0, 3).join('|')).toBe('累计上云企业|320|家');
  });
});
