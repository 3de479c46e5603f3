// Markdown input is read by remark-parse and mapped onto the same outline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';
import { lines, outline } from './outline-helpers.js';

describe('markdown input', () => {
  it('should support headings, ordered lists and bullets as outline markers', async () => {
    const path = join(ROOT, 'fixtures/markdown/plan.md');
    const plan = await extract(readFileSync(path), { path });
    expect(lines(plan.children)).toEqual([
      '一、 加强公共卫生体系建设',
      '  （一） 完善疾病预防控制体系',
      '    1. 健全监测预警机制',
      '      一是 完善哨点医院布局',
      '      二是 提升实验室检测能力',
      '    2. 提升应急处置能力',
      '二、 深化医药卫生体制改革',
      '  （一） 推进公立医院高质量发展',
      '  （二） 健全分级诊疗体系',
    ]);
  });

  it('should not support reading markdown syntax into titles', async () => {
    expect(await outline('## **一、加强党建**\n', 'x.md')).toEqual(['一、 加强党建']);
  });
});
