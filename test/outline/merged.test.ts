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

  it('should support the first items of the level below run onto a heading, with their next ordinals on the line', async () => {
    const text = ['一、重点行动', '（一）早期筛查行动1.开展高危人群筛查。全年筛查1万人。2.推进早诊早治。早诊率达到55%以上。', '（二）规范管理行动1.做实慢病管理。推行全周期管理。2.优化健康环境。新建健康步道5条。'].join('\n');
    expect(await outline(text)).toEqual([
      '一、 重点行动',
      '  （一） 早期筛查行动',
      '    1. 开展高危人群筛查',
      '    2. 推进早诊早治',
      '  （二） 规范管理行动',
      '    1. 做实慢病管理',
      '    2. 优化健康环境',
    ]);
  });

  it('should support a WeChat editor’s decoration before the first item run onto a heading (服务🔸１．…。２．…)', async () => {
    const text = ['▶一、优化就诊服务', '🔸１．延长服务时间。周末门诊全天开放。', '▶二、做实签约服务🔸１．扩大覆盖。签约率达到45%。２．提高质量。续约率不低于80%。', '▶三、加强保障'].join('\n');
    expect(await outline(text)).toEqual(['一、 优化就诊服务', '  １． 延长服务时间', '二、 做实签约服务', '  １． 扩大覆盖', '  ２． 提高质量', '三、 加强保障']);
  });

  it('should support the next items decorated as the first (…。🔸２．…) on the heading’s line', async () => {
    for (const first of ['◆1.', '1.']) {
      const text = ['一、重点任务', `（一）完善网络${first}建设站点。新建站点6个。◆2.配备人员。每站配备2名。`, '（二）强化保障'].join('\n');
      expect(await outline(text)).toEqual(['一、 重点任务', '  （一） 完善网络', '    1. 建设站点', '    2. 配备人员', '  （二） 强化保障']);
    }
  });

  it('should not support a decorated lone number in a heading as an item below it', async () => {
    const text = ['一、重点任务', '（一）完善网络👉1.5万人受益。', '（二）强化保障'].join('\n');
    expect(await outline(text)).toEqual(['一、 重点任务', '  （一） 完善网络👉1.5万人受益', '  （二） 强化保障']);
  });

  it('should not support a lone first item or a number in the heading as the level below', async () => {
    const text = ['一、重点行动', '（一）实施健康中国2.0行动。全年筛查1万人。', '（二）开展筛查1.5万人次。早诊率达到55%以上。'].join('\n');
    expect(await outline(text)).toEqual(['一、 重点行动', '  （一） 实施健康中国2.0行动', '  （二） 开展筛查1.5万人次']);
  });
});
