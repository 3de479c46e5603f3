// The class of a non-body paragraph is on the output node (`block`), and the output still
// validates against the published schema.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { planSchema, type PlanChild } from '../../src/schema.js';

function paragraphs(children: PlanChild[], out: Array<{ text: string; block?: string }> = []) {
  for (const c of children) {
    if (c.type === 'section') paragraphs(c.children, out);
    else if (c.type === 'paragraph') out.push({ text: c.text, block: c.block });
  }
  return out;
}

describe('blocks: output', () => {
  it('should support the block class on paragraphs that are not body text', async () => {
    const text = ['一、主要任务', '推进重点工程建设。', '专栏1 重点工程', '1.海堤提标工程', '二、保障措施', '加强领导。', '附件：1.任务分工', '2.项目清单'].join('\n');
    const plan = await extract(text);
    expect(planSchema.safeParse(plan).success).toBe(true);
    const byText = new Map(paragraphs(plan.children).map((p) => [p.text, p.block]));
    expect(byText.get('专栏1重点工程')).toBe('inset');
    expect(byText.get('1.海堤提标工程')).toBe('inset');
    expect(byText.get('2.项目清单')).toBe('attachment-list');
  });

  it('should not support a block class on body text', async () => {
    const plan = await extract(['一、主要任务', '推进重点工程建设，专栏所列项目按期完成。'].join('\n'));
    expect(paragraphs(plan.children).every((p) => p.block === undefined)).toBe(true);
  });
});
