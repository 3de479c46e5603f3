// The matches of a global regex, as String.prototype.matchAll finds them, without what matchAll
// makes per call (a copy of the regex and an iterator): paragraph-by-paragraph searches are hot.

/** AdvanceStringIndex (ECMA-262): past an empty match, by one code point in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Calls `visit` with [start, end) of each match of `re` (global) in `text`, left to right: the
 * matches of text.matchAll(re) when re.lastIndex is 0, as it is again afterwards.
 */
export function eachMatch(re: RegExp, text: string, visit: (start: number, end: number) => void): void {
  // exec ignores lastIndex without the g (or y) flag: the loop would find the first match forever.
  if (!re.global && !re.sticky) throw new TypeError(`eachMatch needs a global regex: ${String(re)}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end === m.index) re.lastIndex = advance(text, end, re.unicode || re.flags.includes('v'));
    visit(m.index, end);
  }
}
