// The character scans that stand in for regexes on hot paths: each must answer exactly as the
// regex it replaces, on every kind of line break, white space and ending.
import { describe, expect, it } from 'vitest';
import { eachLine, hasText } from '../../src/text/breaks.js';
import { cleanSlice, cleanText, offsetAt } from '../../src/text/clean.js';
import { endsSentence } from '../../src/text/ends.js';
import { TextView } from '../../src/text/view.js';
import { splitLines } from '../../src/parse/lines.js';

/** Every string of up to `n` characters over `alphabet` (small alphabets: all combinations). */
function strings(alphabet: string[], n: number): string[] {
  const out = [''];
  let level = [''];
  for (let k = 0; k < n; k++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...level);
  }
  return out;
}

describe('eachLine', () => {
  const linesByRegex = (text: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    let start = 0;
    for (const m of text.matchAll(/\r\n|\r|\n|$/gu)) {
      out.push([start, m.index]);
      if (m[0] === '') break;
      start = m.index + m[0].length;
    }
    return out;
  };

  it('should support the lines /\\r\\n|\\r|\\n|$/ splits, with and without \\r', () => {
    for (const text of strings(['a', '\n', '\r', ' '], 5)) {
      const got: Array<[number, number]> = [];
      eachLine(text, (start, end) => got.push([start, end]));
      expect(got, JSON.stringify(text)).toEqual(linesByRegex(text));
    }
  });

  it('should support numbering the lines from 0', () => {
    const indexes: number[] = [];
    eachLine('a\nb\r\nc', (_s, _e, index) => indexes.push(index));
    expect(indexes).toEqual([0, 1, 2]);
  });
});

describe('hasText', () => {
  it('should support the white space trim() drops, and nothing else', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (hasText(`  ${ch} `, 0, 4) !== (ch.trim() !== '')) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('endsSentence', () => {
  const alphabet = ['。', '！', '…', ':', '”', '）', "'", ' ', '\u3000', '\n', 'a', '中'];
  it('should support exactly the ends /[。！？；：!?;:…][”’"\'」』)）]*$/ accepts, where no remark in brackets follows a stop', () => {
    const wrong = strings(alphabet, 4).filter((text) => endsSentence(text) !== /[。！？；：!?;:…][”’"'」』)）]*$/u.test(text));
    expect(wrong).toEqual([]);
  });

  it('should support a sentence closed before a remark in brackets (…任务。（牵头单位：市农业农村局）)', () => {
    expect(endsSentence('新建高标准农田12万亩。（牵头单位：市农业农村局）')).toBe(true);
    expect(endsSentence('新建高标准农田12万亩。(责任单位:市农业农村局) ', true)).toBe(true);
  });

  it('should not support a remark in brackets after no full stop, nor a closing bracket with no opening one', () => {
    expect(endsSentence('新建高标准农田（含改造提升）')).toBe(false);
    expect(endsSentence('牵头单位：市农业农村局）')).toBe(false);
    expect(endsSentence('新建高标准农田。（牵头单位：市农业农村局）（此处）')).toBe(false);
  });

  it('should support trailing white space when asked, as /…[\\s\\u00a0\\u3000]*$/ does', () => {
    const wrong = strings(alphabet, 4).filter((text) => endsSentence(text, true) !== /[。！？；：!?;:…][”’"'」』)）]*[\s\u00a0\u3000]*$/u.test(text));
    expect(wrong).toEqual([]);
  });
});

describe('splitLines', () => {
  it('should support the same lines for \\r\\n breaks as for \\n breaks (the \\n-only path jumps from break to break)', () => {
    const plain = splitLines('一、总则\n\n  \n第一条 内容\n');
    const crlf = splitLines('一、总则\r\n\r\n  \r\n第一条 内容\r\n');
    expect(plain.map((l) => l.blank)).toEqual(crlf.map((l) => l.blank));
    expect(plain.map((l) => l.contentEnd - l.start)).toEqual(crlf.map((l) => l.contentEnd - l.start));
  });

  it('should support a zero-width space or a BOM alone as a blank line', () => {
    expect(splitLines('a\n\u200b\n\ufeff\nb').map((l) => l.blank)).toEqual([false, true, true, false]);
  });
});

describe('clean', () => {
  it('should support keeping a space only between ASCII letters or digits, with its source offset', () => {
    const source = '- COVID 19 防控\n  工作 要点';
    const clean = cleanSlice(source, 0, source.length);
    expect(clean.text).toBe('COVID 19防控工作要点');
    expect([...clean.text].map((_, i) => source[offsetAt(clean, i)])).toEqual([...'COVID 19防控工作要点']);
    expect(cleanText(source, 0, source.length)).toBe(clean.text);
  });
});

describe('TextView.leafWith', () => {
  it('should support the same leaf as leaf(), with the reading text it was given', () => {
    const source = '一、总则\n\n二、目标 到2025年\n三、措施';
    const given = new TextView(source);
    const apart = new TextView(source);
    const ranges: Array<[number, number]> = [[0, 6], [6, 17], [17, source.length]];
    const leaves = ranges.map(([s, e]) => given.leafWith('paragraph', s, e, cleanSlice(source, s, e)));
    expect(leaves).toEqual(ranges.map(([s, e]) => apart.leaf('paragraph', s, e)));
    for (const [s, e] of ranges) expect(given.clean(s, e)).toEqual(apart.clean(s, e));
  });
});
