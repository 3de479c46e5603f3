// A task division's target cell may write the year its count is by before the value (每年不少于12次, 全年开展6场): the count is
// the row's yearly target, as the plan's text writes 每年开展义诊不少于12次 (grammars/tables.yaml yearlyBasis). A cadence shorter than
// a year (每月, 每季度) before a count of times is a routine, in a cell as in the text. Tables written for these tests (acc157).
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const table = (cell: string): string =>
  [
    '某县2027年爱国卫生工作方案',
    '一、工作目标',
    '到2027年底，国家卫生乡镇占比达到40%。',
    '附件',
    '重点任务分解表',
    ['序号', '工作任务', '目标', '牵头单位', '完成时限'].join('\t'),
    ['1', '创建国家卫生乡镇', '占比40%', '县爱卫办', '2027年12月'].join('\t'),
    ['2', '开展病媒生物防制培训', cell, '县疾控中心', '2027年12月'].join('\t'),
  ].join('\n');

const cellItems = async (cell: string): Promise<string[]> => (await documentItems(table(cell))).filter((i) => i.includes('病媒生物防制培训'));

describe('a yearly basis before a task table cell’s value (每年不少于12次)', () => {
  it('should support a bounded count after 每年 as the row’s target, the cell as its text', async () => {
    expect(await cellItems('每年不少于8次')).toEqual(['开展病媒生物防制培训|8|次|>=|target|2027|"每年不少于8次"']);
  });
  it('should support 全年 and 每年度 before a bound word or a target verb', async () => {
    expect(await cellItems('全年至少6期')).toEqual(['开展病媒生物防制培训|6|期|>=|target|2027|"全年至少6期"']);
    expect(await cellItems('每年度达到10场')).toEqual(['开展病媒生物防制培训|10|场|=|target|2027|"每年度达到10场"']);
  });
  it('should not support a count of times after a cadence shorter than a year (a routine)', async () => {
    expect(await cellItems('每月不少于1次')).toEqual([]);
    expect(await cellItems('每季度1次')).toEqual([]);
  });
});
