// WordSet: grammar word lists matched at a position, longest first. Lookups pass over characters
// no word starts or ends with by a folded filter; characters that fold onto the same slot as a
// word's (0x4e00 and 0x5e00, 0x1000 apart from 0x4000…) must still be told apart by the words.
import { describe, expect, it } from 'vitest';
import { WordSet } from '../../src/grammar/words.js';

describe('grammar: WordSet', () => {
  const words = new WordSet(['十四五', '十四', '年底前', '前']);

  it('should support the longest word at a position and a word ending at a position', () => {
    expect(words.startingAt('到十四五末', 1)).toBe('十四五');
    expect(words.endingAt('2025年底前完成', 7)).toBe('年底前');
    expect(words.indexIn('推进十四五规划')).toEqual({ index: 2, word: '十四五' });
  });

  it('should not support a character that folds onto a word’s first or last slot but starts no word', () => {
    // 十 is U+5341; U+5341 ± 0x1000 fold onto the same filter slot.
    const near = String.fromCharCode(0x5341 + 0x1000);
    const far = String.fromCharCode(0x5341 - 0x1000);
    expect(words.startingAt(`${near}四五`, 0)).toBeUndefined();
    expect(words.indexIn(`${far}四五${near}四`)).toBeUndefined();
    expect(words.startsWithCode(0x5341 + 0x1000)).toBe(false);
    expect(words.startsWithCode(0x5341)).toBe(true);
    // 前 is U+524D.
    expect(words.endingAt(`底${String.fromCharCode(0x524d + 0x1000)}`, 2)).toBeUndefined();
  });

  it('should support words whose first characters fold onto one slot', () => {
    const a = String.fromCharCode(0x4e00 + 7);
    const b = String.fromCharCode(0x5e00 + 7);
    const set = new WordSet([`${a}甲`, `${b}乙`]);
    expect(set.startingAt(`${b}乙`, 0)).toBe(`${b}乙`);
    expect(set.startingAt(`${a}甲`, 0)).toBe(`${a}甲`);
    expect(set.indexIn(`丙${b}乙`)).toEqual({ index: 1, word: `${b}乙` });
  });

  it('should not support a word where a longer other word starts with it (保障性 is no verb 保障)', () => {
    const verbs = new WordSet(['保障', '筹集'], new WordSet(['保障性']));
    expect(verbs.startingAt('保障性租赁住房', 0)).toBeUndefined();
    expect(verbs.indexIn('筹集保障性租赁住房')).toEqual({ index: 0, word: '筹集' });
    expect(verbs.indexIn('新建保障性住房，保障低保对象')).toEqual({ index: 8, word: '保障' });
  });
});
