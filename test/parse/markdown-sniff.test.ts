// Markdown saved under a name that is not .md (a portal's or converter's markdown export kept as
// .txt) is read as markdown when its lines carry markdown block syntax.
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../src/parse/markdown-sniff.js';
import { extract } from '../../src/pipeline.js';
import { lines } from '../outline/outline-helpers.js';

const REPORT = [
  '# 某市2026年政府工作报告（摘要）',
  '',
  '## 一、2025年工作回顾',
  '',
  '过去一年，全市地区生产总值增长5.8%。**一是动能加快转换。**新增规模以上工业企业120家。**二是民生持续改善。**新增公办学位6000个。',
  '',
  '## 二、2026年重点任务',
  '',
  '### （一）扩大有效投资',
  '',
  '**一是**推进重大项目，完成投资800亿元。**二是**盘活存量资产。',
].join('\n');

describe('markdown in a .txt file', () => {
  it('should support two ATX headings as markdown', () => {
    expect(looksLikeMarkdown('## 一、总体要求\n\n坚持稳中求进。\n\n## 二、主要任务\n\n推进改革。')).toBe(true);
  });

  it('should support one heading with two bold spans as markdown', () => {
    expect(looksLikeMarkdown('# 某县工作要点\n\n**一是**抓项目。**二是**稳就业。')).toBe(true);
  });

  it('should support three bold spans with no heading as markdown (bold headings and leads of a converter)', () => {
    expect(looksLikeMarkdown('某县2026年工作要点\n\n**一、稳增长**\n\n**（一）抓项目。**完成投资50亿元。\n\n**二、惠民生**')).toBe(true);
  });

  it('should not support two bold spans with no heading as markdown', () => {
    expect(looksLikeMarkdown('一、主要目标\n**说明**：以下为初稿。\n二、重点任务\n**注**：数据为快报数。')).toBe(false);
  });

  it('should not support asterisks with a space inside them, nor a page of HTML whose script holds them, as markdown', () => {
    expect(looksLikeMarkdown('指标\t单位\t目标值\n地区生产总值增速**\t%\t6**\n面积 ** 2 + 长度 ** 2 **注 **')).toBe(false);
    expect(looksLikeMarkdown('<html><body><p>一、主要目标</p><script>var a=t**2+t**3+t**4;</script></body></html>')).toBe(false);
    // An inline tag markdown allows does not make it a page.
    expect(looksLikeMarkdown('## 一、目标\n\n| 学位<br>（个） | 6480 |\n\n## 二、任务\n')).toBe(true);
  });

  it('should support a paragraph tag cut off before its closing bracket as HTML, and should not support <pre> or <path> as one', () => {
    // A page saved part way: the tag's attributes run to the end of the text, never closed.
    expect(looksLikeMarkdown('## 一、目标\n## 二、任务\n<p style="text-indent:2em; font-family:仿宋')).toBe(false);
    expect(looksLikeMarkdown('<div\tclass="con">\n## 一、目标\n## 二、任务')).toBe(false);
    expect(looksLikeMarkdown('## 一、目标\n<pre>代码</pre>\n## 二、任务')).toBe(true);
    expect(looksLikeMarkdown('## 一、目标\n<path d="M0"/>\n## 二、任务')).toBe(true);
  });

  it('should not support one heading line alone as markdown', () => {
    expect(looksLikeMarkdown('# 某区人民政府关于印发水务规划的通知\n\n各街道：\n一、总体要求\n（一）指导思想')).toBe(false);
  });

  it('should not support # inside a line or without a space after it as a heading', () => {
    expect(looksLikeMarkdown('1#机组完成检修。\n#2号泵站投运。\n编号#3、#4。**重点**')).toBe(false);
  });

  it('should not support plain text with a pair of asterisks in prose as markdown', () => {
    expect(looksLikeMarkdown('一、主要目标\n**说明**：以下为初稿。\n二、重点任务')).toBe(false);
  });

  it('should support reading the outline of markdown saved as .txt as a .md file reads it', async () => {
    const asTxt = await extract(REPORT, { path: 'report.txt' });
    const asMd = await extract(REPORT, { path: 'report.md' });
    expect(lines(asTxt.children)).toEqual(lines(asMd.children));
    expect(lines(asTxt.children)).toEqual([
      '一、 2025年工作回顾',
      '  一是 动能加快转换',
      '  二是 民生持续改善',
      '二、 2026年重点任务',
      '  （一） 扩大有效投资',
      '    一是 推进重大项目，完成投资800亿元',
      '    二是 盘活存量资产',
    ]);
  });

  it('should support bold inline items of markdown saved as .txt with no markup in their titles', async () => {
    const text = '某县2026年工作要点\n\n**一、惠民生**\n\n**一是**新增学位600个。**二是**新增托位300个。';
    expect(lines((await extract(text, { path: 'plan.txt' })).children)).toEqual(['一、 惠民生', '  一是 新增学位600个', '  二是 新增托位300个']);
  });

  it('should not support reading a plain .txt plan as markdown (its outline is the plain reading)', async () => {
    const plain = '某县2026年工作要点\n一、稳增长\n（一）抓项目。完成投资50亿元。\n二、惠民生';
    expect(lines((await extract(plain, { path: 'plan.txt' })).children)).toEqual(['一、 稳增长', '  （一） 抓项目', '二、 惠民生']);
  });
});
