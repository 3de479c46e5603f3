// A task allocation (quota) table: rows are 县（市、区）, the columns the amounts each is given, with a 合计 row. A header
// with its unit in brackets (新引进亿元以上项目（个）) heads numbers, even when its words include 项目, the word that heads
// the rows' names in a header of its own (项目 / 项目名称). Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const table = (header: string) =>
  [
    '某市2027年招商引资目标任务分解方案',
    '　　一、总体目标',
    '　　全年新引进亿元以上项目60个以上。',
    '',
    '附件',
    '',
    '某市2027年招商引资目标任务分解表',
    '',
    header,
    '东湖区\t45\t30\t25',
    '西山县\t38\t20\t20',
    '南岭县\t27\t15\t15',
    '合计\t110\t65\t60',
  ].join('\n');

const values = async (text: string) => (await extract(text, { path: 'fenjie.txt' })).indicators.map((i) => i.value);

describe('tables: a header with a unit bracket is a value column', () => {
  it('should not support the cells of an allocation table whose count column names 项目 with its unit as items', async () => {
    expect(await values(table('县（市、区）\t到位资金（亿元）\t其中：工业项目（亿元）\t新引进亿元以上项目（个）'))).toEqual([60]);
  });

  it('should support a header that is 项目 alone, with no unit bracket, as the name column of an indicator table', async () => {
    const text = ['某市2027年工作要点', '　　一、主要指标', '', '项目\t单位\t2027年目标', '新引进亿元以上项目\t个\t60', '实际到位资金\t亿元\t110'].join('\n');
    const got = (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);
    expect(got).toEqual([
      ['新引进亿元以上项目', 60],
      ['实际到位资金', 110],
    ]);
  });
});
