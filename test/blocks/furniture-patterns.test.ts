// The furniture line patterns are tried as one joined regex when they can be joined, one by one
// otherwise: a line is furniture when any pattern matches it, either way.
import { describe, expect, it } from 'vitest';
import { findFurniture, type LineFurniture } from '../../src/blocks/furniture.js';
import type { FurnitureGrammar } from '../../src/grammar/furniture.js';
import { splitLines } from '../../src/parse/lines.js';

function flags(text: string, lines: RegExp[]): LineFurniture[] {
  const grammar: FurnitureGrammar = { lines, postLines: [], head: [], headLines: 0, headKeeps: /(?!)/u, panel: /(?!)/u, panelMin: 99, tail: [], pageNumber: /(?!)/u, pageMarks: [], runningHeads: [], contentsHeading: /(?!)/u, barePageNumber: /(?!)/u, frontMatter: { fence: /(?!)/u, field: /(?!)/u, maxLines: 2 } };
  return findFurniture(text, splitLines(text), grammar);
}

describe('blocks: furniture line patterns', () => {
  it('should support a line matched by any one of the patterns (joined)', () => {
    expect(flags('当前位置：首页\n正文一行\n本站版权所有', [/^当前位置/u, /版权所有$/u])).toEqual([true, false, true]);
  });

  it('should support anchors of each pattern on their own when joined (an alternative with ^ or $ does not anchor the others)', () => {
    expect(flags('甲乙丙\n乙丙甲', [/^甲/u, /甲$/u])).toEqual([true, true]);
    expect(flags('乙甲丙', [/^甲/u, /甲$/u])).toEqual([false]);
  });

  it('should support patterns that cannot be joined (a back-reference) one by one', () => {
    expect(flags('哈哈\n哈嘿\n页脚', [/^(.)\1$/u, /^页脚$/u])).toEqual([true, false, true]);
  });

  it('should support patterns with different flags one by one', () => {
    expect(flags('ABC\nabc\nxyz', [/^abc$/iu, /^xyz$/u])).toEqual([true, true, true]);
    expect(flags('XYZ', [/^abc$/iu, /^xyz$/u])).toEqual([false]);
  });

  it('should not support a blank line or the lead of bullets and spaces as furniture text', () => {
    expect(flags('  • 当前位置：首页\n   ', [/^当前位置/u, /^•/u])).toEqual([true, false]);
  });
});

describe('blocks: furniture line patterns with named groups', () => {
  it('should support patterns that name their groups alike (not joined)', () => {
    expect(flags('来源：网站\n作者：某某\n正文', [/^(?<_label>来源)：/u, /^(?<_label>作者)：/u])).toEqual([true, true, false]);
  });

  it('should support lookbehinds, which are no named groups, joined', () => {
    expect(flags('首页>通知\n首页 通知', [/(?<=首页)>/u, /^\*$/u])).toEqual([true, false]);
  });
});
