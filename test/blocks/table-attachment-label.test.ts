// A table flattened one cell a line ends before the label of the next attachment (GB/T 9704 §7.3.7: 附件2 alone on its line), also
// when only a blank line stands between them: a 印发 notice that prints 附件1 (a task table) and 附件2 (a list) one after the other.
// Tables written for the test.
import { describe, expect, it } from 'vitest';
import { cellType } from '../../src/blocks/table-cells.js';
import { extract } from '../../src/pipeline.js';
import { grammars } from '../grammar-helpers.js';

const TASKS = ['附件1', '', '某市图书馆2027年重点任务分解表', '', '序号', '重点任务', '目标要求', '责任部门', '完成时限',
  '1', '馆藏资源建设', '新增纸质图书不少于8万册', '采编部', '2027年11月底前',
  '2', '阅读推广活动', '举办阅读推广活动120场', '阅读推广部', '2027年12月底前'];

describe('tables: an attachment label ends a flattened table', () => {
  it('should support 附件2 and 附表1： as cells that stop a table', () => {
    for (const cell of ['附件2', '附件 3', '附表1：', '附件']) expect(cellType(cell, grammars().tables), cell).toBe('stop');
  });

  it('should support the last row of a flattened table before the next attachment\'s label and table', async () => {
    const doc = ['某市图书馆2027年工作计划', '一、主要目标', '全年接待读者不少于60万人次。', '', ...TASKS, '', '附件2', '', '某市图书馆2027年分馆名单', '',
      '序号', '分馆名称', '所在地', '1', '城东分馆', '东湖街道', '2', '城西分馆', '西城街道'].join('\n');
    const out = (await extract(doc, { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);
    expect(out).toEqual([[60, '万人次'], [8, '万册'], [120, '场']]);
  });

  it('should not support a word that only begins with 附件 or 附表 as an attachment label', () => {
    for (const cell of ['附件材料', '附表说明文字']) expect(cellType(cell, grammars().tables), cell).not.toBe('stop');
  });
});
