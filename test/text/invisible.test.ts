import { describe, expect, it } from 'vitest';
import { blankInvisibles } from '../../src/text/invisible.js';
import { readingText } from '../../src/text/reading.js';

describe('text: invisible characters', () => {
  it('should support zero-width spaces, joiners, direction marks, a stray BOM and the soft hyphen as spaces', () => {
    expect(blankInvisibles('目标。\u200b')).toBe('目标。 ');
    expect(blankInvisibles('\ufeff一、总体要求')).toBe(' 一、总体要求');
    expect(blankInvisibles('a\u200c\u200d\u200e\u200f\u2060\u00adb')).toBe(`a${' '.repeat(6)}b`);
  });

  it('should support the reading text keeping every offset', () => {
    const text = '\ufeff（一）加强监测。\u200b\n到2025年，覆盖率达到９５％。\u200b';
    const reading = readingText(text);
    expect(reading).toHaveLength(text.length);
    expect(reading).toBe(' （一）加强监测。 \n到2025年，覆盖率达到95%。 ');
  });

  it('should not support changing a text that has none, nor visible spaces', () => {
    const text = '一、总体要求\u3000\u00a0 以习近平新时代中国特色社会主义思想为指导';
    expect(blankInvisibles(text)).toBe(text);
  });
});
