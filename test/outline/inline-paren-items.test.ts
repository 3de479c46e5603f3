// Inline items （1）…；（2）…；（3）… inside a section's one body paragraph (the fourth GB/T 9704 level run into the text
// after a lead-in ending in ：), as 一是…二是… are: children of the section whose paragraph holds them (grammars/outline.yaml
// inline-paren).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('inline items （1）（2）（3） in a body paragraph', () => {
  it('should support （1）…；（2）… after a lead-in ending in ：, as children of the heading', async () => {
    expect(
      await outline('二、重点工作\n（一）强化水质监测\n　　重点抓好以下工作：（1）水源地监测。每季度采样1次；（2）管网末梢水监测。覆盖全部乡镇；（3）二次供水监测。\n（二）加强督导\n　　定期通报进展。\n'),
    ).toEqual(['二、 重点工作', '  （一） 强化水质监测', '    （1） 水源地监测', '    （2） 管网末梢水监测', '    （3） 二次供水监测', '  （二） 加强督导']);
  });

  it('should support full-width digits and an item with no stop before its ；', async () => {
    expect(await outline('二、工作任务\n（一）质量管理\n　　具体要求：（１）完善内部质控制度；（２）组织人员轮训２期。\n（二）人员培训\n　　分批开展。\n')).toEqual([
      '二、 工作任务',
      '  （一） 质量管理',
      '    （１） 完善内部质控制度',
      '    （２） 组织人员轮训2期',
      '  （二） 人员培训',
    ]);
  });

  it('should not support a lone bracketed number in a paragraph (a reference to a note)', async () => {
    expect(await outline('一、工作基础\n　　监测数据见附表（1），总体保持稳定。\n')).toEqual(['一、 工作基础']);
  });

  it('should not support a bracketed number that is no first item at a clause boundary', async () => {
    expect(await outline('一、工作基础\n　　按照方案第3条（2）款和第4条（3）款执行。\n')).toEqual(['一、 工作基础']);
  });
});
