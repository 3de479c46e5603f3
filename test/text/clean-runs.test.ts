// The cleaned text's offsets as runs (src/text/clean.ts) against a map by code unit, the way they
// were kept before: every lookup must answer exactly as indexing that map did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSlice, droppedBefore, indexAt, offsetAt, sourceOffset } from '../../src/text/clean.js';

// The cleaning loop as it was when it kept a map by code unit (Int32Array, 4 bytes per code unit).
/** White space as JavaScript's \s sees it, plus the zero-width space and BOM, by UTF-16 code unit. */
const SPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200b; c++) SPACE[c] = 1;

function isSpace(c: number): boolean {
  return SPACE[c] === 1;
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Markdown / PDF bullets at the start of a physical line: - * • · ▪ ●. */
function isBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25cf;
}

/** Index past a bullet and its spaces at `i` (a line start), or `i` when there is none. */
function skipBullet(source: string, i: number, end: number): number {
  let j = i;
  while (j < end && isSpace(source.charCodeAt(j)) && source.charCodeAt(j) !== 10 && source.charCodeAt(j) !== 13) j++;
  if (j >= end || !isBullet(source.charCodeAt(j))) return i;
  let k = j + 1;
  const spaceStart = k;
  while (k < end && isSpace(source.charCodeAt(k)) && source.charCodeAt(k) !== 10 && source.charCodeAt(k) !== 13) k++;
  return k > spaceStart ? k : i;
}

/** The cleaning loop; records into `map` from index `at`, when given, the source offset of each kept code unit.
 *  Kept characters are taken a run at a time (one slice per run: most lines are one run). */
function oldClean(source: string, start: number, end: number, markup: Uint8Array | undefined, map: Int32Array | null, at: number): { text: string; length: number } {
  let text = '';
  let n = 0;
  let pendingSpace = -1;
  let lastKept = -1;
  let i = start < end ? skipBullet(source, start, end) : start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (SPACE[c] === 1) {
      if (c === 10 || c === 13 || c === 12) {
        pendingSpace = -1;
        i = skipBullet(source, i + 1, end);
      } else {
        if (pendingSpace < 0) pendingSpace = i;
        i++;
      }
      continue;
    }
    if (markup !== undefined && markup[i] === 1) {
      i++;
      continue;
    }
    if (pendingSpace >= 0 && isAsciiWord(c) && lastKept >= 0 && isAsciiWord(lastKept)) {
      text += ' ';
      if (map) map[at + n] = pendingSpace;
      n++;
    }
    pendingSpace = -1;
    const runStart = i;
    for (i++; i < end; i++) {
      if (SPACE[source.charCodeAt(i)] === 1 || (markup !== undefined && markup[i] === 1)) break;
    }
    text += source.slice(runStart, i);
    if (map) for (let k = runStart; k < i; k++) map[at + n++] = k;
    else n += i - runStart;
    lastKept = source.charCodeAt(i - 1);
  }
  return { text, length: n };
}


/** The map by code unit that cleanSlice(source, start, end, markup) used to carry. */
function mapByCodeUnit(source: string, start: number, end: number, markup?: Uint8Array): number[] {
  const map = new Int32Array(Math.max(0, end - start));
  const { length } = oldClean(source, start, end, markup, map, 0);
  return [...map.subarray(0, length)];
}

/** Text of Chinese, ASCII words, spaces, line breaks and bullets: what cleaning keeps and drops. */
const pieces = fc.constantFrom('工作', '要点', 'COVID', '19', ' ', '  ', '\n', '\r\n', '- ', '• ', '\u3000', '\u200b', '。', '-', 'a', '1');
const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

describe('cleaned text offsets as runs', () => {
  it('should support the same source offset for every code unit as a map by code unit', () => {
    fc.assert(
      fc.property(texts, fc.nat(5), fc.nat(5), fc.option(fc.array(fc.boolean(), { maxLength: 60 })), (source, a, b, flags) => {
        const start = Math.min(a, source.length);
        const end = Math.max(start, source.length - b);
        // Markdown input: some code units are syntax (flagged), dropped like white space.
        const markup = flags ? Uint8Array.from({ length: source.length }, (_, i) => (flags[i] ? 1 : 0)) : undefined;
        const clean = cleanSlice(source, start, end, markup);
        const map = mapByCodeUnit(source, start, end, markup);
        expect(clean.text).toBe(oldClean(source, start, end, markup, null, 0).text);
        expect(map.length).toBe(clean.text.length);
        for (let i = 0; i < map.length; i++) {
          expect(offsetAt(clean, i)).toBe(map[i]);
          expect(droppedBefore(clean, i)).toBe(i > 0 && (map[i] as number) - (map[i - 1] as number) > 1);
        }
        expect(sourceOffset(clean, map.length, end)).toBe(map.length === 0 ? end : (map[map.length - 1] as number) + 1);
        for (let offset = start - 1; offset <= end + 1; offset++) {
          const first = map.findIndex((o) => o >= offset);
          expect(indexAt(clean, offset)).toBe(first < 0 ? map.length : first);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('should support markup dropped from the middle of a run', () => {
    const source = '**加强**监测AB CD';
    const markup = new Uint8Array(source.length);
    for (const i of [0, 1, 4, 5]) markup[i] = 1;
    const clean = cleanSlice(source, 0, source.length, markup);
    expect(clean.text).toBe('加强监测AB CD');
    expect([...clean.text].map((_, i) => offsetAt(clean, i))).toEqual(mapByCodeUnit(source, 0, source.length, markup));
    expect(clean.runs).toEqual([0, 2, 2, 6]);
  });

  it('should not support two runs that continue each other (one line is one run)', () => {
    expect(cleanSlice('加强疫情监测预警工作', 0, 10).runs).toBe(0);
    expect(cleanSlice('- COVID 19', 0, 10).runs).toBe(2);
  });
});

describe('cleaning', () => {
  it('should support a form feed as a line break: no space between the parts of a number a page broke', () => {
    expect(cleanSlice('床位1\n\f200张', 0, 9).text).toBe('床位1200张');
    expect(cleanSlice('COVID\f19', 0, 8).text).toBe('COVID19');
  });
  it('should support each form feed of a run as a line start of its own, a bullet after the last one dropped', () => {
    expect(cleanSlice('一\f\f\f- 项目', 0, 9).text).toBe('一项目');
    expect(cleanSlice('\f'.repeat(1000), 0, 1000).text).toBe('');
  });
  it('should support a space kept between ASCII words on one line', () => {
    expect(cleanSlice('COVID 19', 0, 8).text).toBe('COVID 19');
  });
});
