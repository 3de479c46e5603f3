// A numbered item whose text opens with a digit (3、2027年底前完成…, 3、5月份开展…): the 、 after the item's number
// then reads like one in a list of numbers (3、5、7月份), as a dot before a digit reads like a decimal point (3.5月份).
// The previous item (2、) is the evidence that it is the next item's number.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

const plan = (third: string): string =>
  ['某县2027年卫生监督工作计划', '一、重点工作', '1、开展医疗机构监督检查。', '2、开展公共场所监督抽检。', third, '4、做好职业卫生监督。', '二、保障措施', '加强组织领导。'].join('\n');

describe('outline: an item whose text opens with a digit after 、', () => {
  it.each([
    ['a deadline', '3、2027年底前完成全县村卫生室标准化建设。', '3、 2027年底前完成全县村卫生室标准化建设'],
    ['a month', '3、5月份开展学校卫生专项检查。', '3、 5月份开展学校卫生专项检查'],
    ['months listed with 、', '3、5、9月份分别开展学校卫生专项检查。', '3、 5、9月份分别开展学校卫生专项检查'],
    ['a hotline number', '3、12320热线受理群众诉求。', '3、 12320热线受理群众诉求'],
  ])('should support the item after its N-1 when its text opens with %s', async (_name, line, heading) => {
    expect(await outline(plan(line))).toEqual(['一、 重点工作', '  1、 开展医疗机构监督检查', '  2、 开展公共场所监督抽检', `  ${heading}`, '  4、 做好职业卫生监督', '二、 保障措施']);
  });

  it('should not support a paragraph of numbers with no item before it as an item', async () => {
    const text = ['某县2027年卫生监督工作计划', '一、重点工作', '3、5、9月份分别开展学校卫生专项检查。', '二、保障措施', '加强组织领导。'].join('\n');
    expect(await outline(text)).toEqual(['一、 重点工作', '二、 保障措施']);
  });
});
