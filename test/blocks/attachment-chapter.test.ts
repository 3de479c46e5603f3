// An attachment list under a numbered heading of its own (8 附件 in a decimal 应急预案, 五、附件): grammars/blocks.yaml
// attachmentChapter. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';

describe('an attachment list under a numbered 附件 heading', () => {
  it('should support 2 附件 (the last chapter) as a heading whose numbered names are no nodes', async () => {
    const text = '1 附则\n1.1 预案管理\n本预案每3年修订一次。\n2 附件\n1.区防汛抗旱指挥部成员单位职责\n2.区防汛抗旱应急响应流程图\n';
    expect(await outline(text)).toEqual(['1 附则', '  1.1 预案管理', '2 附件']);
  });

  it('should support 五、附件 over a numbered list of names the same way', async () => {
    const text = '四、保障措施\n加强组织领导。\n五、附件\n1.重点任务分工表\n2.联系人名单\n';
    expect(await outline(text)).toEqual(['四、 保障措施', '五、 附件']);
  });

  it('should not support a list of sentences under 附件 as an attachment list', async () => {
    const text = '四、保障措施\n加强组织领导。\n五、附件\n1.各镇街要于每月5日前报送进展情况。\n2.各部门要明确一名联络员。\n';
    expect(await outline(text)).toEqual(['四、 保障措施', '五、 附件', '  1. 各镇街要于每月5日前报送进展情况', '  2. 各部门要明确一名联络员']);
  });
});
