// Page numbers printed at each page's foot (GB/T 9704-2012 7.5: `— 1 —`) as PDF text carries them:
// furniture on lines of their own, and a paragraph or a table that a page broke goes on over them.
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/blocks/furniture.js';
import { splitLines } from '../../src/parse/lines.js';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { grammars } from '../grammar-helpers.js';

const kinds = (text: string) => findFurniture(text, splitLines(text), grammars().furniture);

/** Two pages of a plan as PDF text carries them: lines wrapped at the page's width wherever a word
 *  falls (家 | 庭), a page number at each page's foot, a form feed between the pages. */
const pages = (first: string[], second: string[]): string => [...first, '— 1 —', `\f${second[0]}`, ...second.slice(1), '— 2 —', ''].join('\n');

type Node = Plan['children'][number];
type Leaf = Exclude<Node, { type: 'section' }>;
const leaves = (nodes: readonly Node[]): Leaf[] => nodes.flatMap((n) => (n.type === 'section' ? leaves(n.children) : [n]));

describe('page numbers', () => {
  it('should support the page numbers of print as furniture (— 1 —, - 2 -, －3－, 第4页, 第 5 页 共 9 页)', () => {
    expect(kinds('— 1 —\n  - 2 -\n－3－\n第4页\n第 5 页 共 9 页')).toEqual(Array(5).fill('page-number'));
  });

  it('should not support a bare number, a row number or a line with more on it', () => {
    expect(kinds('1\n12\n— 1 — 附件\n第1页内容')).toEqual([false, false, false, false]);
  });

  it('should support a sentence a page broke going on over its page number', async () => {
    const text = pages(['一、主要目标', '力争到2027年底，全县城乡社区每年新增家'], ['庭养老床位500张以上，为80周岁以上独居老年人每月提', '供不少于2次探访服务。养老机构护理型床位占比达到60%。']);
    const plan = await extract(text);
    const paragraph = leaves(plan.children).find((c) => c.type === 'paragraph' && c.text.includes('床位500张'));
    expect(paragraph?.text).toBe('力争到2027年底，全县城乡社区每年新增家庭养老床位500张以上，为80周岁以上独居老年人每月提供不少于2次探访服务。养老机构护理型床位占比达到60%。');
    const beds = plan.indicators.find((i) => i.value === 500);
    expect(beds?.metric).toContain('新增家庭养老床位');
    expect(beds?.text).toBe(text.slice(beds?.position.start.offset, beds?.position.end.offset));
    expect(leaves(plan.children).filter((c) => c.type === 'boilerplate').map((c) => c.text)).toEqual(['—2—']);
  });

  it('should not support joining over a page number after a sentence that ended', async () => {
    const text = pages(['一、主要目标', '力争到2027年底，全县城乡社区每年新增家庭养老床位500张以上。'], ['养老机构护理型床位占比达到60%，街道综合养老服务中心覆盖率达到', '100%。']);
    const plan = await extract(text);
    expect(leaves(plan.children).filter((c) => c.type === 'boilerplate').map((c) => c.text)).toEqual(['—1—', '—2—']);
    expect(leaves(plan.children).filter((c) => c.type === 'paragraph').map((c) => c.text.slice(0, 4))).toEqual(['一、主要', '力争到2', '养老机构']);
  });

  it('should support a table written one cell per line that a page broke', async () => {
    const cells = ['指标', '单位', '2025年', '2027年', '属性', '人均预期寿命', '岁', '80.5', '81', '预期性', '婴儿死亡率', '‰', '3.2', '≤3', '约束性', '每千人口执业医师数', '人', '3.1', '3.5', '预期性'];
    const text = ['某县卫生健康三年行动计划（2025—2027年）', '表1 主要指标', ...cells.slice(0, 12), '— 2 —', ...cells.slice(12)].join('\n');
    const plan = await extract(text);
    const values = plan.indicators.map((i) => [i.metric, i.value]);
    expect(values).toContainEqual(['婴儿死亡率', 3]);
    expect(values).toContainEqual(['每千人口执业医师数', 3.5]);
  });
});
