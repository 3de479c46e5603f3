// The title of a document appended to a 政府工作报告 or a plan (附：2027年十件民生实事) is most often led by the year it is for, as
// GB/T 9704 titles are (XX市2027年…, 2027年…): a year (four digits and 年) after 附： is the start of a title, never the number of a
// list item (an attachment list's 1. 2. is followed by a name, not by 年). The appended document numbers its items again at depth 1.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const body = ['一、2026年工作回顾', '（一）经济运行稳中有进。', '二、2027年重点工作', '（一）扩大内需。', '（二）保障民生。'];

describe('blocks: an appended document whose title a year leads (附：2027年…)', () => {
  it('should support 附：2027年… over numbered items with sentences as a document of its own, numbered again at depth 1', async () => {
    const text = [...body, '附：2027年全县八件民生实事', '1.助餐服务行动。新建老年食堂12个。', '2.农村道路行动。新改建农村公路60公里。'].join('\n');
    expect(classify(text).documentHeads()).toEqual(['附：2027年全县八件民生实事']);
    expect(await outline(text)).toEqual([
      '一、 2026年工作回顾', '  （一） 经济运行稳中有进', '二、 2027年重点工作', '  （一） 扩大内需', '  （二） 保障民生',
      '1. 助餐服务行动', '2. 农村道路行动',
    ]);
    const full = [...body, '附件：2026年度市级为民办实事项目', '1.托育扩容工程。新增普惠托位800个。'].join('\n');
    expect(classify(full).documentHeads()).toEqual(['附件：2026年度市级为民办实事项目']);
  });

  it('should not support a list of attachment names, numbers that are no year, or items without sentences as an appended document', async () => {
    expect(classify([...body, '附：1.2027年项目清单', '2.资金分配表'].join('\n')).documentHeads()).toEqual([]);
    expect(classify([...body, '附件：20个重点项目清单', '1.城东水厂扩建。新增供水能力5万吨。'].join('\n')).documentHeads()).toEqual([]);
    expect(classify([...body, '附：2027年重点项目名单', '1.城东水厂扩建', '2.城西污水处理厂'].join('\n')).documentHeads()).toEqual([]);
  });
});
