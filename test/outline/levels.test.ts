// Depth by order of appearance inside the parent, with the GB/T 9704 rank as a prior.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('levels', () => {
  it('should support skipping a level (1. directly under 一、)', async () => {
    expect(await outline('一、加强党建\n1. 坚持引领。\n二、深化改革\n2. 推进联动。\n')).toEqual([
      '一、 加强党建',
      '  1. 坚持引领',
      '二、 深化改革',
      '  2. 推进联动',
    ]);
  });

  it('should support the full ladder 一、 → (一) → 1. → (1)', async () => {
    const text = '一、任务\n(一)体系\n1. 机制。\n(1)哨点。\n(2)预警。\n2. 能力。\n(二)服务\n二、保障\n';
    expect(await outline(text)).toEqual([
      '一、 任务',
      '  (一) 体系',
      '    1. 机制',
      '      (1) 哨点',
      '      (2) 预警',
      '    2. 能力',
      '  (二) 服务',
      '二、 保障',
    ]);
  });

  it('should support numbering that continues across sections', async () => {
    const text = '一、甲\n(一)子\n1. 一项。\n2. 二项。\n(二)丑\n3. 三项。\n二、乙\n(一)寅\n4. 四项。\n';
    expect(await outline(text)).toEqual([
      '一、 甲',
      '  (一) 子',
      '    1. 一项',
      '    2. 二项',
      '  (二) 丑',
      '    3. 三项',
      '二、 乙',
      '  (一) 寅',
      '    4. 四项',
    ]);
  });

  it('should support numbering that restarts under each parent', async () => {
    expect(await outline('(一)甲\n1. 一。\n2. 二。\n(二)乙\n1. 一。\n')).toEqual(['(一) 甲', '  1. 一', '  2. 二', '(二) 乙', '  1. 一']);
  });

  it('should go back up when a higher-ranked scheme appears below a lower one', async () => {
    expect(await outline('一、甲\n1. 一。\n(一)子\n')).toEqual(['一、 甲', '  1. 一', '  (一) 子']);
  });

  it('should keep a duplicated ordinal as written, in place', async () => {
    expect(await outline('七、甲\n(三)子\n66. 项。\n(三)重复:内容。\n(四)丑\n')).toEqual([
      '七、 甲',
      '  (三) 子',
      '    66. 项',
      '  (三) 重复',
      '  (四) 丑',
    ]);
  });

  it('should start a new outline when a plan title follows a notice with its own 一、', async () => {
    const text = [
      '关于印发某市2024年工作要点的通知',
      '一、高度重视。内容。',
      '二、加强督导。内容。',
      '某市卫生健康委员会',
      '某市2024年卫生健康工作要点',
      '(一)加强党建。',
      '一、全面加强党的建设',
      '(一)坚持政治引领。',
    ].join('\n');
    expect(await outline(text)).toEqual([
      '一、 高度重视',
      '二、 加强督导',
      '(一) 加强党建',
      '一、 全面加强党的建设',
      '  (一) 坚持政治引领',
    ]);
  });

  it('should not support table-of-contents entries as sections', async () => {
    const text = '目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 为规范管理，制定本法。\n第二章 附则\n第二条 本法自公布之日起施行。\n';
    expect(await outline(text)).toEqual(['第一章 总则', '  第一条 为规范管理，制定本法', '第二章 附则', '  第二条 本法自公布之日起施行']);
  });
});

describe('levels in the order they appear', () => {
  it('should support a scheme opening below a bare heading whatever its rank (一、 → 1、 → （一）)', async () => {
    const text = '一、总体要求\n1、提升服务能力\n（一）强化基础服务。内容。\n（二）加强基层服务。内容。\n2、创新服务模式\n（一）发展延续服务。内容。\n二、保障措施\n';
    expect(await outline(text)).toEqual([
      '一、 总体要求',
      '  1、 提升服务能力',
      '    （一） 强化基础服务',
      '    （二） 加强基层服务',
      '  2、 创新服务模式',
      '    （一） 发展延续服务',
      '二、 保障措施',
    ]);
  });

  it('should not support opening below an item that has a sentence of its own', async () => {
    const text = '一、任务\n1. 健全机制。建立联席会议制度。\n(一)服务\n';
    expect(await outline(text)).toEqual(['一、 任务', '  1. 健全机制', '  (一) 服务']);
  });
});
