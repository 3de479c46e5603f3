// text/truncated through the pipeline: an announced count of 项 or 个方面 with fewer parts after it.
import { describe, expect, it } from 'vitest';
import { diagnosticsOfText } from './check-helpers.js';

const truncated = async (text: string) => (await diagnosticsOfText(text)).filter((d) => d.rule === 'text/truncated').map((d) => d.message);

describe('text/truncated', () => {
  it('should support a count of 项 announced before fewer sections', async () => {
    expect(await truncated('今年重点做好以下三项工作：\n一、加强党的建设\n二、抓好疫情防控')).toEqual([
      expect.stringContaining('(3) but only 2 follow'),
    ]);
    expect(await truncated('重点抓好4项任务：\n一、加强党的建设\n二、抓好疫情防控')).toEqual([expect.stringContaining('(4) but only 2 follow')]);
  });

  it('should support several announcements in one container, each counting the sections after it', async () => {
    expect(await truncated('今年重点做好以下五项工作：\n其中抓好以下四项任务：\n一、加强党的建设\n二、抓好疫情防控\n三、深化医药卫生体制改革')).toEqual([
      expect.stringContaining('(5) but only 3 follow'),
      expect.stringContaining('(4) but only 3 follow'),
    ]);
    expect(await truncated('今年重点做好以下三项工作：\n其中抓好以下三项任务：\n一、加强党的建设\n二、抓好疫情防控\n三、深化医药卫生体制改革')).toEqual([]);
  });

  it('should not support 项 with no count before it (项目, 各项) as an announcement', async () => {
    expect(await truncated('推进各项工作和重点项目：\n一、加强党的建设\n二、抓好疫情防控')).toEqual([]);
  });
});
