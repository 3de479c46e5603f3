// Headings of one list printed as one paragraph (src/outline/candidates.ts continuingSiblings).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('sibling headings merged into one paragraph', () => {
  it('should support the next headings of the list after a sentence end', async () => {
    const text = ['一、主要任务', '（一）扩大有效投资。全年实施重点项目100个。', '二、保障措施', '（一）加强组织领导。成立工作专班。（二）强化督查考核。每季度通报进展。（三）营造良好氛围。'].join('\n');
    expect(await outline(text)).toEqual(['一、 主要任务', '  （一） 扩大有效投资', '二、 保障措施', '  （一） 加强组织领导', '  （二） 强化督查考核', '  （三） 营造良好氛围']);
  });

  it('should support full-width arabic markers (１．…。２．…)', async () => {
    const text = ['一、重点工作', '１．完善设施。新建站点5个。２．丰富活动。全年办赛20场。'].join('\n');
    expect(await outline(text)).toEqual(['一、 重点工作', '  １． 完善设施', '  ２． 丰富活动']);
  });

  it('should not support a number cited in the text that is not the next ordinal', async () => {
    const text = ['一、工作要求', '（一）规范办理流程。符合条件的按本方案第一部分办理。（三）项所列情形除外。', '（二）加强监督检查。'].join('\n');
    expect(await outline(text)).toEqual(['一、 工作要求', '  （一） 规范办理流程', '  （二） 加强监督检查']);
  });

  it('should not support a marker inside the paragraph that follows no sentence end', async () => {
    const text = ['一、工作要求', '（一）规范办理流程，按照（二）级标准执行。', '（二）加强监督检查。'].join('\n');
    expect(await outline(text)).toEqual(['一、 工作要求', '  （一） 规范办理流程，按照（二）级标准执行', '  （二） 加强监督检查']);
  });
});
