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

  it('should support entries two levels deep whose lower numbers restart under each chapter', () => {
    const text = ['目录', '第一章 发展环境', '一、发展基础', '二、面临形势', '第二章 总体要求', '一、指导思想', '二、发展目标', '第一章 发展环境', '一、发展基础', '“十三五”以来成效显著。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('一、指导思想')).toBe('toc');
    expect(c.kindOf('二、发展目标')).toBe('toc');
    expect(c.kindOf('第一章 发展环境\n一、发展基础\n“')).toBe('body');
  });

  it('should not support a sentence after 目录 as an entry', () => {
    const c = classify(['目录', '本规划共分五章，规划期为2021—2025年。', '第一章 发展基础'].join('\n'));
    expect(c.kindOf('本规划共分')).toBe('body');
  });
});
