// HTML character references left in text taken from a web page's source (&nbsp;&nbsp;一、…,
// &ldquo;十四五&rdquo;, &#12288;): read as the characters they stand for. Each is padded with spaces
// to the reference's length, so that the reading text keeps the source's offsets; the cleaning
// drops the padding as it drops any stray space.

/** The named references web pages use in Chinese text (HTML's full list has some 2,000). */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', quot: '"', apos: "'", laquo: '«', raquo: '»',
  amp: '&', lt: '<', gt: '>', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•',
  times: '×', divide: '÷', plusmn: '±', le: '≤', ge: '≥', permil: '‰', deg: '°', micro: 'µ',
  sup2: '²', sup3: '³', yen: '¥', copy: '©', reg: '®',
};

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z][a-z0-9]{1,7}));/gu;

/** Padding: the plain space, which every reader takes for one. */
const PAD = ' ';

/** The character a reference stands for, or undefined for one that stands for none. */
function decode(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) return NAMED[name];
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
  // No NUL, no lone surrogate, nothing past Unicode.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** `text` with its character references read, padded to their length; `text` itself when it has none. */
export function readReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference: string, decimal?: string, hex?: string, name?: string) => {
    const c = decode(decimal, hex, name);
    return c === undefined ? reference : c + PAD.repeat(reference.length - c.length);
  });
}
