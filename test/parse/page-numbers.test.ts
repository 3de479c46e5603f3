// Page numbers printed at each page's foot (GB/T 9704-2012 7.5: `— 1 —`) as PDF text carries them,
// bare page numbers and running heads (src/parse/pages.ts): furniture on lines of their own, and a
// paragraph or a table that a page broke goes on over them.
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/blocks/furniture.js';
import { splitLines } from '../../src/parse/lines.js';
import { markPageLines } from '../../src/parse/pages.js';
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
    expect(kinds('— 1 —\n  - 2 -\n－3－\n第4页\n第 5 页 共 9 页')).toEqual(Array(5).fill('page'));
  });

  it('should support a GB/T 9704 page number whose 一字线 OCR read as the hanzi 一 (一 3 一, 一4一)', () => {
    expect(kinds('一 3 一\n一4一')).toEqual(['page', 'page']);
  });

  it('should not support a line that only starts or ends with 一 and a number', () => {
    expect(kinds('一 3\n3 一\n一、3 一\n十一 3 一')).toEqual([false, false, false, false]);
  });

  it('should support the watermark a scanning app prints on every page (扫描全能王 创建) as a page line', () => {
    expect(kinds('扫描全能王 创建\nCS 扫描全能王\n由 扫描全能王 扫描创建\nCamScanner')).toEqual(Array(4).fill('page'));
  });

  it('should not support a sentence that names the scanning app', () => {
    expect(kinds('使用扫描全能王创建的文件不得作为正式文件报送。')).toEqual([false]);
  });

  it('should support a sentence of a scan read by OCR going on over the page number and the app watermark', async () => {
    const text = ['一、主要目标', '（一）提升乡镇卫生院服务能力。支持中心卫生院建设县', '—2—', '扫描全能王 创建', '', '域医疗次中心，新增床位20张，开设康复、中医等特色科室。'].join('\n');
    const plan = await extract(text);
    expect(leaves(plan.children).some((c) => c.type === 'paragraph' && c.text === '（一）提升乡镇卫生院服务能力。支持中心卫生院建设县域医疗次中心，新增床位20张，开设康复、中医等特色科室。')).toBe(true);
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

/** The lines a page printed, by index: the grammar's furniture, then markPageLines. */
function pageLines(text: string): number[] {
  const lines = splitLines(text);
  const flags = findFurniture(text, lines, grammars().furniture);
  markPageLines(text, lines, flags, grammars().furniture);
  return flags.flatMap((f, i) => (f === 'page' ? [i] : []));
}

/** `n` filler lines of body text, each different (from the `from`th on). */
const WORDS = '健全完善推进加强落实提升优化强化深化统筹规范拓展巩固培育建设保障服务监管治理协同创新';
const body = (n: number, from = 0): string[] =>
  Array.from({ length: n }, (_, i) => `各地要${WORDS.slice((2 * (from + i)) % 40, ((2 * (from + i)) % 40) + 2)}${WORDS.slice((3 * (from + i) + 7) % 38, ((3 * (from + i) + 7) % 38) + 2)}相关工作，明确责任分工和进度安排`);

describe('page lines found by where they stand', () => {
  it('should support bare page numbers at the feet of pages that count on', () => {
    const text = [...body(3), '1', `\f${body(1, 3)[0]}`, ...body(2, 4), '2', `\f${body(1, 6)[0]}`, '3', '\f'].join('\n');
    expect(pageLines(text)).toEqual([3, 7, 9]);
  });

  it('should support a running head repeated after each page break, its page number aside', () => {
    const text = [...body(3), `\f某某县人民政府办公室 第2页`, ...body(3, 3), `\f某某县人民政府办公室 第3页`, ...body(2, 6)].join('\n');
    expect(pageLines(text)).toEqual([3, 7]);
  });

  it('should not support a value cell that a page happened to end with, nor one heading the next page', () => {
    const text = ['指标', '2025年', '床位数', '1200', `\f人均预期寿命`, '81', ...body(2), `\f每千人口医师数`, '4'].join('\n');
    expect(pageLines(text)).toEqual([]);
  });

  it('should support bare numbers counting pages a page apart in text without form feeds', () => {
    const text = [...body(14), '1', ...body(14), '2', ...body(14), '3', ...body(3)].join('\n');
    expect(pageLines(text)).toEqual([14, 29, 44]);
  });

  it('should support a running head next to the page numbers of text without form feeds (an OCR\'d scan)', async () => {
    const head = '某县人民政府公报　2026年第2期';
    const text = ['一、主要目标', '力争到2027年底，全县城乡社区居家养老服务每年新增家', '— 2 —', head, '庭养老床位500张以上。', ...body(20), '— 3 —', head.replace('2期', '3期'), ...body(2, 20)].join('\n');
    expect(pageLines(text)).toEqual([2, 3, 25, 26]);
    const plan = await extract(text);
    expect(leaves(plan.children).some((c) => c.type === 'paragraph' && c.text === '力争到2027年底，全县城乡社区居家养老服务每年新增家庭养老床位500张以上。')).toBe(true);
  });

  it('should not support a line next to one page number only, nor a short cell or a tab row next to each', () => {
    expect(pageLines(['某县人民政府公报', '— 2 —', ...body(3), '— 3 —', '某县卫生健康局文件'].join('\n'))).toEqual([1, 5]);
    expect(pageLines(['序号', '— 2 —', ...body(3), '— 3 —', '序号'].join('\n'))).toEqual([1, 5]);
    expect(pageLines(['指标\t2025年\t2027年', '— 2 —', ...body(3), '— 3 —', '指标\t2025年\t2027年'].join('\n'))).toEqual([1, 5]);
  });

  it('should support a page head that repeats the document’s title once, whole or without its first words', async () => {
    for (const head of ['某县民政局2026年工作计划', '县民政局2026年工作计划']) {
      const text = ['某县民政局2026年工作计划', '一、重点任务', ...body(20), '完成3所乡镇敬老院改', '— 1 —', head, '造提升，集中供养率达到60%以上。', ...body(2), '— 2 —'].join('\n');
      expect(pageLines(text)).toEqual([23, 24, 28]);
      const plan = await extract(text);
      expect(plan.indicators.find((i) => i.value === 3)?.metric).not.toContain('工作计划');
    }
  });

  it('should not support the title itself, or a bare 工作计划, next to a page number as a page head', () => {
    expect(pageLines(['某县民政局2026年工作计划', '— 1 —', ...body(3), '— 2 —'].join('\n'))).toEqual([1, 5]);
    expect(pageLines(['某县2026年工作计划', ...body(3), '— 1 —', '工作计划', ...body(2), '— 2 —'].join('\n'))).toEqual([4, 8]);
    // The second half of a title that names two parts opens page 2 as a heading (…工作总结和2026年工作计划).
    expect(pageLines(['某县民政局2025年工作总结和2026年工作计划', ...body(3), '— 1 —', '2026年工作计划', ...body(2), '— 2 —'].join('\n'))).toEqual([4, 8]);
  });

  it('should not support the row numbers of a table flattened one cell per line', () => {
    const rows = [1, 2, 3, 4, 5].flatMap((n) => [String(n), `指标${n}`, '%', String(60 + n)]);
    expect(pageLines(['序号', '指标', '单位', '目标值', ...rows].join('\n'))).toEqual([]);
  });

  it('should support a sentence a page broke going on over a bare page number and a running head', async () => {
    const text = ['一、主要目标', '力争到2027年底，全县城乡社区居家养老服务每年新增家', '3', '\f某县养老服务三年行动计划', '庭养老床位500张以上。', ...body(20), '4', '\f某县养老服务三年行动计划', ...body(2)].join('\n');
    const plan = await extract(text);
    expect(leaves(plan.children).some((c) => c.type === 'paragraph' && c.text === '力争到2027年底，全县城乡社区居家养老服务每年新增家庭养老床位500张以上。')).toBe(true);
    expect(plan.indicators.find((i) => i.value === 500)?.metric).toContain('新增家庭养老床位');
  });
});
