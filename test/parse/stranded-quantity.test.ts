// A sentence that a copy broke right after its target verb or bound word (达到, 控制在, 不低于 …), the quantity it needs
// left on the next line, also past a blank line, in text that shows no other mark of a PDF: no sentence ends on such a
// verb and no heading or sentence opens with a bare number and its unit, so the two lines are one paragraph
// (src/parse/blocks.ts strandedQuantity). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';

type Node = Plan['children'][number];
type Leaf = Exclude<Node, { type: 'section' }>;
const leaves = (nodes: readonly Node[]): Leaf[] => nodes.flatMap((n) => (n.type === 'section' ? leaves(n.children) : [n]));
const paragraphs = async (text: string): Promise<string[]> =>
  leaves((await extract(text)).children).flatMap((c) => (c.type === 'paragraph' ? [c.text] : []));
const items = async (text: string): Promise<string[]> =>
  (await extract(text)).indicators.map((i) => `${i.metric}|${JSON.stringify(i.value)}|${i.unit}|${i.comparator}`);

describe('a quantity stranded on the line after its target verb', () => {
  it('should support a rate whose value a blank line parted from 达到', async () => {
    const text = '一、工作目标\n\n全区家庭医生签约服务覆盖率达到\n\n48.5%以上，健康档案建档率稳步提高。';
    expect(await items(text)).toEqual(['家庭医生签约服务覆盖率|48.5|%|>=']);
    expect(await paragraphs(text)).toContain('全区家庭医生签约服务覆盖率达到48.5%以上，健康档案建档率稳步提高。');
  });

  it('should support a count after 不少于 on the next line', async () => {
    const text = '（二）加强培训。全年举办中医护理技术培训班不少于\n6期，覆盖全部社区卫生服务中心。';
    expect(await items(text)).toEqual(['中医护理技术培训班|6|期|>=']);
  });

  it('should support a bound after 控制在 with a unit of its own (万人次)', async () => {
    const text = '二、主要任务\n医院门急诊人次控制在\n\n3.2万人次以内，平均住院日进一步缩短。';
    expect(await items(text)).toEqual(['医院门急诊人次|3.2|万人次|<=']);
  });

  it('should not support a line that ends on a noun before a line opening with a number', async () => {
    expect(await paragraphs('全年新增托位\n\n500个托位已于上月交付使用。')).toEqual(['全年新增托位', '500个托位已于上月交付使用。']);
  });

  it('should not support a numbered heading after a line ending on a verb', async () => {
    const plan = await extract('一、主要任务\n（一）各单位力争\n1.加强预防接种管理\n接种率保持稳定。');
    expect(plan.children.filter((c) => c.type === 'section')[0]?.type).toBe('section');
    expect(await paragraphs('（一）各单位力争\n1.加强预防接种管理')).not.toContain('（一）各单位力争1.加强预防接种管理');
  });

  it('should not support a line after a full stop, whatever it opens with', async () => {
    expect(await paragraphs('免疫规划疫苗接种率达到95%。\n\n3个乡镇卫生院完成改造。')).toEqual(['免疫规划疫苗接种率达到95%。', '3个乡镇卫生院完成改造。']);
  });
});
