// The year each document of a file names in its title (src/meta/document-years.ts), which the indicator stage dates a
// document's targets by when the file's plan names no years.
import { describe, expect, it } from 'vitest';
import type { BlockRegion } from '../../src/blocks/types.js';
import { documentYears } from '../../src/meta/document-years.js';
import { grammars } from '../grammar-helpers.js';

/** Title regions over the lines of `text` that `titles` lists (by their text). */
function titled(text: string, titles: string[]): { regions: BlockRegion[]; read: (s: number, e: number) => string } {
  const regions = titles.map((t) => {
    const start = text.indexOf(t);
    return { kind: 'title', start, end: start + t.length } as BlockRegion;
  });
  return { regions, read: (s, e) => text.slice(s, e) };
}

describe('documentYears', () => {
  it('should support the one year a document title names, in the order of the titles', () => {
    const text = ['某县乡镇卫生院绩效考核办法', '一、总则', '附件', '2026年度乡镇卫生院绩效考核评分细则', '一、考核内容'].join('\n');
    const { regions, read } = titled(text, ['2026年度乡镇卫生院绩效考核评分细则', '某县乡镇卫生院绩效考核办法']);
    expect(documentYears(regions, read, grammars().periods).map((d) => d.year)).toEqual([null, 2026]);
  });
  it('should not support a span, several years or a bare attachment label as a document year', () => {
    const text = ['某市托育服务发展规划（2026—2030年）', '2025年工作总结和2026年工作计划', '附件2'].join('\n');
    const { regions, read } = titled(text, ['某市托育服务发展规划（2026—2030年）', '2025年工作总结和2026年工作计划', '附件2']);
    expect(documentYears(regions, read, grammars().periods)).toEqual([
      { end: text.indexOf('）') + 1, year: null },
      { end: text.indexOf('计划') + 2, year: null },
    ]);
  });
});
