// The Han ranges (src/text/han.ts) against \p{Script=Han}, and the rewriting of patterns written with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/grammar/common.js';
import { HAN, HAN_ONLY, HAN_RANGES, han, withHanRanges } from '../../src/text/han.js';
import { ROOT } from '../helpers.js';

const PROPERTY = /^\p{Script=Han}$/u;
const UNASSIGNED = /^\p{Cn}$/u;
const RANGES = new RegExp(`^[${HAN_RANGES}]$`, 'u');
/** The ideographic marks of the Tangut and Khitan blocks, Script=Han in Unicode, left out of the ranges. */
const MARKS = (cp: number): boolean => cp >= 0x16fe0 && cp <= 0x16fff;

describe('HAN_RANGES', () => {
  it('should support every character \\p{Script=Han} holds (but the Tangut block marks)', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (PROPERTY.test(c) && !RANGES.test(c) && !MARKS(cp)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('should not support an assigned character outside \\p{Script=Han}', () => {
    const extra: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (RANGES.test(c) && !PROPERTY.test(c) && !UNASSIGNED.test(c)) extra.push(cp.toString(16));
    }
    expect(extra).toEqual([]);
  });

  it('should support the characters plans are written in', () => {
    for (const c of ['中', '国', '〇', '々', '⺮', '㐀', '鿿', '郎', '𠀀', '𪚥', '𰀀']) expect(RANGES.test(c), c).toBe(true);
  });

  it('should not support digits, letters, kana, hangul or punctuation', () => {
    for (const c of ['1', '１', 'a', 'Ａ', 'あ', 'ア', '한', '，', '。', '、', '（', '“', '〔', '\u3000', '⿰']) expect(RANGES.test(c), c).toBe(false);
  });
});

describe('withHanRanges', () => {
  it('should support a property outside a class, as a class of the ranges', () => {
    expect(withHanRanges('^\\p{Script=Han}{2,4}$')).toBe(`^[${HAN_RANGES}]{2,4}$`);
  });

  it('should support a property inside a class, as the ranges themselves', () => {
    expect(withHanRanges('[\\p{Script=Han}A-Za-z]{1,12}')).toBe(`[${HAN_RANGES}A-Za-z]{1,12}`);
    expect(withHanRanges('[^\\p{Script=Han}]+')).toBe(`[^${HAN_RANGES}]+`);
  });

  it('should support a class with an escaped bracket before the property', () => {
    expect(withHanRanges('[\\]\\p{Script=Han}]\\p{Script=Han}')).toBe(`[\\]${HAN_RANGES}][${HAN_RANGES}]`);
  });

  it('should support several properties in one pattern', () => {
    const source = '(?<=\\p{Script=Han})(?=[>›»＞]\\p{Script=Han})';
    expect(withHanRanges(source)).toBe(`(?<=[${HAN_RANGES}])(?=[>›»＞][${HAN_RANGES}])`);
  });

  it('should not support an escaped backslash before p (no property there)', () => {
    expect(withHanRanges('\\\\p{Script=Han}')).toBe('\\\\p{Script=Han}');
  });

  it('should not support other properties', () => {
    expect(withHanRanges('[\\p{P}\\p{N}]\\p{L}')).toBe('[\\p{P}\\p{N}]\\p{L}');
  });

  it('should match what the property matches, in patterns of each shape', () => {
    const texts = ['张三', '某某市人民政府市长李四', '到2026年', '12万', 'abc', '（一）', '𠀀𠀁', ''];
    for (const source of ['^\\p{Script=Han}{2,4}$', '[\\p{Script=Han}A-Za-z]{1,12}', '[^\\p{Script=Han}]+', '(?<![\\p{Script=Han}\\p{N}])\\d+', '\\p{Script=Han}+(?=\\d)']) {
      const a = new RegExp(source, 'gu');
      const b = new RegExp(withHanRanges(source), 'gu');
      for (const t of texts) expect(t.match(b), `${source} on ${t}`).toEqual(t.match(a));
    }
  });
});

describe('han', () => {
  it('should keep a pattern\'s flags', () => {
    const re = han(/\p{Script=Han}/guy);
    expect(re.flags).toBe('guy');
    expect(re.source).not.toContain('\\p{Script=Han}');
  });

  it('should support HAN and HAN_ONLY', () => {
    expect(HAN.test('2026年')).toBe(true);
    expect(HAN.test('2026')).toBe(false);
    expect(HAN_ONLY.test('森林覆盖率')).toBe(true);
    expect(HAN_ONLY.test('森林覆盖率%')).toBe(false);
  });
});

describe('compilePattern', () => {
  it('should support \\p{Script=Han} in a grammar\'s u pattern, compiled as the ranges', () => {
    const re = compilePattern('^\\p{Script=Han}{2,3}县$', 'u', 'test');
    expect(re.source).toBe(`^[${HAN_RANGES}]{2,3}县$`);
    expect(re.test('某某县')).toBe(true);
    expect(re.test('12县')).toBe(false);
  });
});

describe('the sources', () => {
  it('should write \\p{Script=Han} in code only inside han() (or in src/text/han.ts)', () => {
    const bare: string[] = [];
    for (const file of readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file === join('text', 'han.ts')) continue;
      readFileSync(join(ROOT, 'src', file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = !/^\s*(?:\/\/|\*|\/\*)/u.test(line);
          if (code && line.includes('\\p{Script=Han}') && !line.includes('han(/')) bare.push(`${file}:${i + 1}`);
        });
    }
    expect(bare).toEqual([]);
  });
});
