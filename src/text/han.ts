// What the tool's patterns mean by a Han character (汉字), and the rewriting that lets them say so cheaply.
//
// Patterns are written with \p{Script=Han}, but V8 compiles that property through ICU into some twenty
// ranges, most of them outside the BMP, which in a `u` pattern become alternatives of surrogate pairs; a
// bounded repetition such as \p{Script=Han}{2,4} is unrolled, one copy of that machinery per repeat. A
// pattern is compiled afresh in every process at its first use, so such patterns cost milliseconds each at
// start-up (4–7 ms for one {2,4}, against 0.1 ms for the ranges below) and run slower on every line.
// The ranges below are the Han script by Unicode's blocks: the radicals, 々 〇 and the Hangzhou numerals,
// the unified ideographs with extension A, the compatibility ideographs, and the two supplementary planes
// that Unicode sets apart for ideographs (extensions B and after). They differ from \p{Script=Han} only on
// code points no text holds: unassigned ones inside those blocks, and the few ideographic marks of the
// Tangut and Khitan blocks (U+16FE2 …); test/text/han.test.ts checks this for every code point.

/** The Han characters as ranges, to be written inside a character class of a `u` pattern. */
export const HAN_RANGES = '\\u2E80-\\u2FDF\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303B\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{3FFFF}';

const PROPERTY = '\\p{Script=Han}';

/**
 * `source` (a `u` pattern's) with each \p{Script=Han} written as HAN_RANGES: inside a character class as the
 * ranges themselves, elsewhere as a class of them. Escapes are copied as they are (\\p{…} is no property).
 */
export function withHanRanges(source: string): string {
  if (!source.includes(PROPERTY)) return source;
  let out = '';
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source.startsWith(PROPERTY, i)) {
        out += source.slice(from, i) + (inClass ? HAN_RANGES : `[${HAN_RANGES}]`);
        i += PROPERTY.length - 1;
        from = i + 1;
      } else i++;
    } else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
  }
  return out + source.slice(from);
}

/** A `u` pattern written with \p{Script=Han}, compiled with HAN_RANGES in its place (same flags). */
export const han = (pattern: RegExp): RegExp => new RegExp(withHanRanges(pattern.source), pattern.flags);

/** Tests whether a string holds a Han character. */
export const HAN = han(/\p{Script=Han}/u);

/** Tests whether a string is Han characters only (one or more). */
export const HAN_ONLY = han(/^\p{Script=Han}+$/u);
