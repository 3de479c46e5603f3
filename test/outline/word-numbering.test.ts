// A plan pasted from Word: its automatic numbering comes as text with a tab after the number, and its numbering slips
// (a level's number skipped or repeated, a list whose numbering restarted) are kept as written.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

const PASTED = [
  '某镇2027年重点工作安排',
  '',
  '一、\t总体目标',
  '',
  '　　全镇地区生产总值增长6%左右，粮食产量稳定在3.2万吨以上。',
  '',
  '二、\t重点任务',
  '',
  '（一）\t发展特色种养业',
  '',
  '1、扩大高山蔬菜种植面积。',
  '',
  '2、建设标准化养殖小区2个。',
  '',
  '（二）\t完善基础设施',
  '',
  '1、硬化村组道路5公里。',
  '',
  '2、新建灌溉渠道3公里。',
  '',
  '1、改造农村电网线路8公里。',
  '',
  '（二）\t办好民生实事',
  '',
  '1、新增公益性岗位20个。',
  '',
  '四、\t保障措施',
  '',
  '　　镇党委加强统筹调度，确保各项任务落地见效。',
].join('\n');

describe('outline: numbered headings pasted from Word', () => {
  it('should support a part and its first section whose numbers a tab sets off, one under the other', async () => {
    expect((await outline(PASTED)).slice(0, 6)).toEqual([
      '一、 总体目标',
      '二、 重点任务',
      '  （一） 发展特色种养业',
      '    1、 扩大高山蔬菜种植面积',
      '    2、 建设标准化养殖小区2个',
      '  （二） 完善基础设施',
    ]);
  });

  it('should support a repeated section number, a restarted list and a skipped part number as written', async () => {
    expect((await outline(PASTED)).slice(6)).toEqual([
      '    1、 硬化村组道路5公里',
      '    2、 新建灌溉渠道3公里',
      '    1、 改造农村电网线路8公里',
      '  （二） 办好民生实事',
      '    1、 新增公益性岗位20个',
      '四、 保障措施',
    ]);
  });

  it('should not support a numbered heading with a tab as a table when a body paragraph follows it', async () => {
    const src = ['某县2027年工作计划', '', '一、\t工作目标', '', '　　全年新增城镇就业1200人。', '', '二、\t工作措施', '', '　　加强组织领导。'].join('\n');
    expect(await outline(src)).toEqual(['一、 工作目标', '二、 工作措施']);
  });
});
