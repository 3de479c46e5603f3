// eachMatch must find what String.prototype.matchAll finds, empty matches and surrogate pairs included.
import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../src/grammar/matches.js';

const spans = (re: RegExp, text: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  eachMatch(re, text, (start, end) => out.push([start, end]));
  return out;
};
const viaMatchAll = (re: RegExp, text: string): Array<[number, number]> => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

describe('eachMatch', () => {
  it('should support the tallies of a task list, as matchAll finds them', () => {
    const re = /[(（](?:共)?[0-9一二三四五六七八九十]+(?:项|条)[)）]/gu;
    const text = '二、重点工作任务（共20项）（一）扩大有效投资（4项）';
    expect(spans(re, text)).toEqual(viaMatchAll(re, text));
    expect(spans(re, text)).toHaveLength(2);
    expect(re.lastIndex).toBe(0);
  });

  it('should support empty matches, stepping over a surrogate pair in unicode mode', () => {
    for (const re of [/x*/gu, /x*/g, /(?=年)/gu]) {
      const text = 'x𠀀年x𠀀';
      expect(spans(re, text)).toEqual(viaMatchAll(re, text));
    }
  });

  it('should not support a match left over from an earlier search: each search starts at 0', () => {
    const re = /年/gu;
    re.lastIndex = 3;
    expect(spans(re, '年内完成')).toEqual([[0, 1]]);
  });
});
