// The year a table's caption dates its target column by, on documents written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (caption: string, column = '目标值') =>
  [
    '某市基层医疗服务能力提升行动方案（2026—2028年）',
    '一、主要目标',
    '持续提升基层医疗卫生服务能力，主要指标如下。',
    caption,
    `序号\t指标名称\t${column}\t牵头单位`,
    '1\t家庭医生签约服务覆盖率\t≥45%\t基层卫生科',
    '2\t基层医疗卫生机构诊疗量占比\t≥65%\t基层卫生科',
    '二、重点任务',
    '（一）加强人才队伍建设。招聘全科医生120名。',
    '',
  ].join('\n');
const years = (items: string[]) => items.map((i) => i.split('|').slice(0, 2).concat(i.split('|')[5] ?? '').join('|'));

describe('indicators: the year a table caption names', () => {
  it('should support a caption\'s year for a target column that names none (表1 主要指标（2028年目标值）)', async () => {
    expect(years(await documentItems(plan('表1 基层医疗服务能力主要指标（2028年目标值）')))).toEqual([
      '家庭医生签约服务覆盖率|45|2028',
      '基层医疗卫生机构诊疗量占比|65|2028',
      '全科医生|120|null',
    ]);
  });
  it('should support the last year of a caption\'s span of years (表2 2026—2027年主要目标)', async () => {
    expect(years(await documentItems(plan('表2 2026—2027年基层医疗服务主要目标'))).slice(0, 2)).toEqual([
      '家庭医生签约服务覆盖率|45|2027',
      '基层医疗卫生机构诊疗量占比|65|2027',
    ]);
  });
  it('should not support a period\'s name or a caption without a year as a date of the column (“十五五”主要指标)', async () => {
    expect(years(await documentItems(plan('表1 基层医疗服务能力主要指标'))).slice(0, 2).map((y) => y.split('|')[2])).toEqual(['null', 'null']);
    expect(years(await documentItems(plan('表1 “十五五”时期基层医疗服务主要指标'))).slice(0, 2).map((y) => y.split('|')[2])).toEqual(['null', 'null']);
  });
  it('should not support the caption\'s year over a column that names its own (2027年)', async () => {
    expect(years(await documentItems(plan('表1 基层医疗服务能力主要指标（2028年目标值）', '2027年'))).slice(0, 2).map((y) => y.split('|')[2])).toEqual(['2027', '2027']);
  });
});
