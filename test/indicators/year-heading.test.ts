// The year a heading of a plan over several years is titled by (分年度目标: 1.2027年。…), on documents written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (first: string, second: string) =>
  [
    '某县农村供水保障三年行动方案（2027—2029年）',
    '一、分年度目标',
    `1.${first}新建农村供水工程12处，改造供水管网80公里。`,
    `2.${second}新建农村供水工程10处，农村自来水普及率达到98%以上。`,
    '二、保障措施',
    '农村供水工程水质合格率达到95%以上。',
    '',
  ].join('\n');
const years = (items: string[]) => items.map((i) => `${i.split('|')[1]}|${i.split('|')[5]}`);

describe('indicators: a heading titled by one year in a plan over several years', () => {
  it('should support the year a heading is titled by for the targets under it (1.2027年。…, 2.2028年目标：…)', async () => {
    expect(years(await documentItems(plan('2027年。', '2028年目标：')))).toEqual(['12|2027', '80|2027', '10|2028', '98|2028', '95|null']);
  });
  // Since a year right after an item's number is read as a date (dates/scan.ts afterItemNumber), a year that opens the item dates
  // its targets as one opening any sentence does, also before more words of a heading.
  it('should support a year opening an item before more words of a heading (1.2027年重点任务安排。…)', async () => {
    expect(years(await documentItems(plan('2027年重点任务安排。', '2028年重点任务安排。')))).toEqual(['12|2027', '80|2027', '10|2028', '98|2028', '95|null']);
  });
  it('should not support a year looked back from (2028年以来) as the year of the targets after it', async () => {
    expect(years(await documentItems(plan('2027年目标。', '2028年以来。')))).toEqual(['12|2027', '80|2027', '10|null', '98|null', '95|null']);
  });
  it('should support a year with a short heading noun phrase (2027年主要任务, 2028年具体目标, 2028年重点工作)', async () => {
    expect(years(await documentItems(plan('2027年主要任务。', '2028年具体目标：')))).toEqual(['12|2027', '80|2027', '10|2028', '98|2028', '95|null']);
    expect(years(await documentItems(plan('2027年年度计划。', '2028年重点工作：')))).toEqual(['12|2027', '80|2027', '10|2028', '98|2028', '95|null']);
  });
  it('should support a deadline (2027年底前) but not a start (2028年起任务) as the year of the targets after it', async () => {
    expect(years(await documentItems(plan('2027年底前。', '2028年起任务：')))).toEqual(['12|2027', '80|2027', '10|null', '98|null', '95|null']);
  });
  it('should support a year with a word a yearly heading uses (2028年工作任务：)', async () => {
    expect(years(await documentItems(plan('2027年工作任务：', '2028年工作任务：')))).toEqual(['12|2027', '80|2027', '10|2028', '98|2028', '95|null']);
  });
});
