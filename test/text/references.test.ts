import { describe, expect, it } from 'vitest';
import { readReferences } from '../../src/text/references.js';
import { readingText } from '../../src/text/reading.js';

describe('readReferences', () => {
  it('should support the named references of web pages, each padded to its length', () => {
    const text = '&nbsp;&nbsp;一、推进&ldquo;十四五&rdquo;规划&mdash;&mdash;目标';
    const read = readReferences(text);
    expect(read.length).toBe(text.length);
    expect(read.replace(/ +/gu, '')).toBe('\u00a0\u00a0一、推进“十四五”规划——目标');
  });

  it('should support decimal and hexadecimal references, astral ones too', () => {
    expect(readReferences('&#12288;&#x3000;二、').replace(/ +/gu, '')).toBe('\u3000\u3000二、');
    expect(readReferences('&#x20BB7;').trimEnd()).toBe('𠮷');
  });

  it('should not support an unknown name, a code point outside Unicode or a surrogate, or an unclosed reference', () => {
    for (const text of ['&foo;', '&#0;', '&#x110000;', '&#xD800;', 'AT&T 与 R&D', '&nbsp 一、']) expect(readReferences(text)).toBe(text);
  });

  it('should support a text without references read as it is', () => {
    const text = '到2025年，婴儿死亡率下降到4‰以下。';
    expect(readReferences(text)).toBe(text);
  });
});

describe('readingText', () => {
  it('should support references and full-width numerals together, offsets kept', () => {
    const text = '&ldquo;十四五&rdquo;末达到９５％';
    const read = readingText(text);
    expect(read.length).toBe(text.length);
    expect(read.replace(/ +/gu, '')).toBe('“十四五”末达到95%');
  });
});
