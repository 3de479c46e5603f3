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

  // A table of contents whose 目录 heading was not copied: the entries' page numbers and the body's repetition tell it.
  const unlabelled = ['某市“十五五”老龄事业发展规划', '第一部分　发展基础和面临形势 1', '一、发展基础 1', '第二部分　总体要求 3', '第三部分　主要任务 5', '为推动老龄事业高质量发展，制定本规划。', '第一部分　发展基础和面临形势', '一、发展基础', '成效显著。', '第二部分　总体要求', '第三部分　主要任务'].join('\n');

  it('should support entries with page numbers and no 目录 heading, which the body repeats', async () => {
    const c = classify(unlabelled);
    expect(c.kindOf('第一部分　发展基础和面临形势 1')).toBe('toc');
    expect(c.kindOf('第三部分　主要任务 5')).toBe('toc');
    expect(await outline(unlabelled)).toEqual(['第一部分 发展基础和面临形势', '  一、 发展基础', '第二部分 总体要求', '第三部分 主要任务']);
  });

  it('should not support headings ending in a number as entries when the body does not repeat them, nor numbers that fall', () => {
    const body = ['第一部分　发展基础 1', '第二部分　总体要求 3', '第三部分　主要任务 5', '推进工作。'].join('\n');
    expect(classify(body).kindOf('第一部分　发展基础 1')).not.toBe('toc');
    const falling = ['第一部分　发展基础 5', '第二部分　总体要求 3', '第三部分　主要任务 1', '第一部分　发展基础', '推进工作。'].join('\n');
    expect(classify(falling).kindOf('第二部分　总体要求 3')).not.toBe('toc');
  });
});
