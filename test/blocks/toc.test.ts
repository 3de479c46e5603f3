// A table of contents (目录): the listed headings are not sections; the body starts where a listed
// heading repeats.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

describe('blocks: table of contents', () => {
  const text = ['目 录', '前 言', '第一章 发展基础 ……… 3', '第二章 总体要求 ……… 8', '前 言', '“十四五”时期是关键五年。', '第一章 发展基础', '第二章 总体要求'].join('\n');

  it('should support listed headings with page numbers and an unnumbered entry', () => {
    const c = classify(text);
    expect(c.kindOf('第一章 发展基础 …')).toBe('toc');
    expect(c.kindOf('前 言\n“')).toBe('body');
  });

  it('should support the outline built from the body only', async () => {
    expect(await outline(text)).toEqual(['第一章 发展基础', '第二章 总体要求']);
  });

  it('should not support a sentence after 目录 as an entry', () => {
    const c = classify(['目录', '本规划共分五章，规划期为2021—2025年。', '第一章 发展基础'].join('\n'));
    expect(c.kindOf('本规划共分')).toBe('body');
  });
});
