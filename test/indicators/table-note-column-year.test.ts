// The year a note under a table gives a value column whose header names only its role (现状值, 基期值), on documents written
// for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (note: string, column = '现状值') =>
  [
    '某县康复医疗服务提升实施方案（2026—2028年）',
    '一、主要目标',
    '到2028年，康复医疗服务能力明显增强，主要指标如下。',
    '表1 康复医疗服务主要指标',
    `序号\t指标\t单位\t${column}\t2028年目标值\t指标性质`,
    '1\t每10万人口康复医师数\t人\t5.2\t≥8\t预期性',
    '2\t设置康复医学科的二级综合医院占比\t%\t71\t≥90\t预期性',
    note,
    '二、重点任务',
    '（一）加强康复人才培养。每年培训康复治疗师80名。',
    '',
  ].join('\n');
const cells = (items: string[]) => items.slice(0, 4).map((i) => i.split('|').slice(0, 2).concat(i.split('|').slice(4, 6)).join('|'));

describe('indicators: the year a note under a table gives a column', () => {
  it('should support a note that dates the 现状值 column (注：现状值为2025年底数据)', async () => {
    expect(cells(await documentItems(plan('注：现状值为2025年底数据。')))).toEqual([
      '每10万人口康复医师数|5.2|baseline|2025',
      '每10万人口康复医师数|8|target|2028',
      '设置康复医学科的二级综合医院占比|71|baseline|2025',
      '设置康复医学科的二级综合医院占比|90|target|2028',
    ]);
  });
  it('should support a numbered note and 均 before the copula (注：1.基期值均为2025年统计数据)', async () => {
    const items = cells(await documentItems(plan('注：1.基期值均为2025年统计数据；2.目标值为约束性或预期性指标。', '基期值')));
    expect(items.filter((i) => i.includes('baseline')).map((i) => i.split('|')[3])).toEqual(['2025', '2025']);
  });
  it('should not support a note about another column, or a year that is no note under the table', async () => {
    const other = cells(await documentItems(plan('注：目标值为2028年底数据。')));
    expect(other.filter((i) => i.includes('baseline')).map((i) => i.split('|')[3])).toEqual(['null', 'null']);
    const prose = cells(await documentItems(plan('现状值为2025年底数据。')));
    expect(prose.filter((i) => i.includes('baseline')).map((i) => i.split('|')[3])).toEqual(['null', 'null']);
  });
});
