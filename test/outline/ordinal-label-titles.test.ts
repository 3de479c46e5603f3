// An ordinal label (第一件, 第二项) opening a numbered heading and set off from the heading's name by a wide gap: the
// items of a 民生实事 or 重点项目 list are counted so. A label is never a whole heading, so the gap is not where a body
// starts (grammars/outline.yaml ordinalLabel).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('ordinal label titles', () => {
  it('should support 第X件 labels set off by an ideographic space as part of the title', async () => {
    const text = '二、项目清单\n（一）第一件　社区助浴服务扩面\n目标任务：建成助浴点12个。\n（二）第二件　乡村卫生室标准化建设\n目标任务：改造卫生室30个。\n';
    expect(await outline(text)).toEqual(['二、 项目清单', '  （一） 第一件社区助浴服务扩面', '  （二） 第二件乡村卫生室标准化建设']);
  });

  it('should support 第X项 labels set off by two ideographic spaces', async () => {
    const text = '一、重点项目\n（一）第三项　　基层中药房提升\n责任单位：区卫生健康局。\n（二）第四项　　学校卫生监测\n责任单位：区教育局。\n';
    expect(await outline(text)).toEqual(['一、 重点项目', '  （一） 第三项基层中药房提升', '  （二） 第四项学校卫生监测']);
  });

  it('should not support keeping a body after the gap when the heading is no label', async () => {
    const text = '（一）强化组织领导　各单位要成立专班推进落实。\n（二）加强资金保障　财政部门要及时拨付资金。\n';
    expect(await outline(text)).toEqual(['（一） 强化组织领导', '（二） 加强资金保障']);
  });

  it('should not support a label that is not an ordinal of items', async () => {
    const text = '（一）第一批　由各街道推荐上报。\n（二）第二批　由区级部门推荐。\n';
    expect(await outline(text)).toEqual(['（一） 第一批', '（二） 第二批']);
  });
});
