// bytes → text. UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are told by their bytes;
// anything else is decoded in each candidate encoding (GB18030/GBK, the usual encoding of Chinese
// government files that are not UTF-8; Big5; UTF-16 without BOM) and the decoding that reads most
// like Chinese text wins (src/decode/score.ts). When no candidate is clearly best the text is
// still returned, with `doubt` saying so, and the check stage reports it (encoding/uncertain): a
// garbled text is never presented as data without a word. Binary input is refused with a
// DecodeError whose message is one clear line. Line ends (LF, CRLF, CR) are kept as they are:
// the later stages read all three, and positions point into the text exactly as decoded.
import { createHash } from 'node:crypto';
import type { Source } from '../schema.js';
import { commonCharTable } from './common-chars.js';
import { scoreDecoding, type DecodingScore } from './score.js';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or big5: recorded as source.encoding. */
  encoding: string;
  /** Set when the encoding was a guess that may be wrong: why, in one sentence. */
  doubt?: string;
}

/** Share of control characters (other than tab, line ends, form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of undecodable sequences above which bytes are not in the encoding tried. */
const MAX_INVALID_SHARE = 0.01;
/** A decoding whose score (share of common characters) is below this is probably garbled. */
const MIN_SCORE = 0.8;
/** The runner-up decoding must score this much lower for the choice to be sure. */
const MIN_MARGIN = 0.2;

const ENCODING_NAMES: Record<string, string> = { gb18030: 'GB18030', big5: 'Big5', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

interface Candidate {
  encoding: string;
  text: string;
  score: DecodingScore;
}

/** Each candidate decoding of `bytes`, best first (ties keep the order of `encodings`). */
async function candidates(bytes: Uint8Array, encodings: readonly string[]): Promise<Candidate[]> {
  // iconv-lite is loaded only for the files that need it.
  const iconv = (await import('iconv-lite')).default;
  const common = commonCharTable(iconv);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encodings
    .map((encoding) => {
      const text = encoding.startsWith('utf-16') ? decodeWith(encoding, bytes) : iconv.decode(buffer, encoding);
      return { encoding, text, score: scoreDecoding(text, common) };
    })
    .sort((a, b) => b.score.score - a.score.score);
}

const percent = (score: DecodingScore): string => `${Math.round(score.score * 100)}%`;

/** Why the best candidate may be the wrong one, or undefined when it is clearly right. */
function doubtOf([best, second]: Candidate[]): string | undefined {
  if (!best) return undefined;
  const close = second !== undefined && second.score.score > best.score.score - MIN_MARGIN && second.text !== best.text;
  if (best.score.score >= MIN_SCORE && !close) return undefined;
  const name = (c: Candidate) => ENCODING_NAMES[c.encoding] ?? c.encoding;
  const other = second ? `; as ${name(second)}: ${percent(second.score)}` : '';
  return (
    `the encoding is uncertain: read as ${name(best)}, where ${percent(best.score)} of the ${best.score.evidence} non-ASCII characters ` +
    `are common Chinese characters or punctuation${other}. The text may be garbled: convert the file to UTF-8`
  );
}

/** A control character other than NUL, tab, line ends, form feed and escape (those refuseBinary counts). */
const CONTROL = /[\x01-\x08\x0e-\x1a\x1c-\x1f]/;

/** Refuses decoded text that is not text: NUL characters, or many other control characters. */
function refuseBinary(text: string, what: string): void {
  if (text.includes('\u0000')) throw new DecodeError(`binary file (contains NUL bytes); expected text${what}`);
  // Most text has no control character at all: one regex search (native) spares the counting loop.
  if (!CONTROL.test(text)) return;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1b) controls++;
  }
  if (controls > 0 && controls > text.length * MAX_CONTROL_SHARE) {
    throw new DecodeError(`binary file (${controls} control characters); expected text${what}`);
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Invalid UTF-8 sequences in `bytes` and how many valid multi-byte characters there are. A UTF-8
 * file with a few damaged bytes stays UTF-8 (the damage shows as U+FFFD and is reported by the
 * encoding/replacement-character rule); GBK bytes read as UTF-8 are almost all invalid.
 */
function utf8Damage(bytes: Uint8Array): { text: string; invalid: number; multibyte: () => number } {
  const text = decodeWith('utf-8', bytes);
  const replacements = count(text, '\ufffd');
  // U+FFFD written in the file itself (EF BF BD) is not damage.
  let literal = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  // Counted only when there is damage to weigh: a walk over every byte.
  const multibyte = (): number => {
    let n = 0;
    for (let i = 0; i < bytes.length; i++) if (((bytes[i] as number) & 0xc0) === 0xc0) n++;
    return n;
  };
  return { text, invalid: replacements - literal, multibyte };
}

export async function decode(bytes: Uint8Array): Promise<Decoded> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeWith('utf-8', bytes.subarray(3));
    refuseBinary(text, '');
    return { text, encoding: 'utf-8-bom' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeWith(encoding, bytes.subarray(2));
    refuseBinary(text, ` (read as ${encoding.toUpperCase()} from its byte order mark)`);
    return { text, encoding };
  }
  // NUL bytes anywhere: UTF-16 without a byte order mark (ASCII characters have a NUL byte), or
  // binary. Only a sure UTF-16 reading is taken; anything else is refused.
  if (bytes.indexOf(0) >= 0) {
    const utf16 = bytes.length % 2 === 0 ? await candidates(bytes, ['utf-16le', 'utf-16be']) : [];
    const best = utf16[0];
    if (!best || doubtOf(utf16) || best.score.replacements > 0) throw new DecodeError('binary file (contains NUL bytes); expected text');
    refuseBinary(best.text, ` (read as ${ENCODING_NAMES[best.encoding]} without a byte order mark)`);
    return { text: best.text, encoding: best.encoding };
  }
  const utf8 = utf8Damage(bytes);
  if (utf8.invalid === 0 || utf8.invalid <= utf8.multibyte() * MAX_INVALID_SHARE) {
    refuseBinary(utf8.text, '');
    return { text: utf8.text, encoding: 'utf-8' };
  }
  const ranked = await candidates(bytes, bytes.length % 2 === 0 ? ['gb18030', 'big5', 'utf-16le', 'utf-16be'] : ['gb18030', 'big5']);
  const best = ranked[0] as Candidate;
  const invalid = best.score.replacements;
  if (invalid > 0 && invalid > best.text.length * MAX_INVALID_SHARE) throw new DecodeError('not a text file in UTF-8, UTF-16, GB18030 or Big5');
  refuseBinary(best.text, '');
  const doubt = doubtOf(ranked);
  return doubt ? { text: best.text, encoding: best.encoding, doubt } : { text: best.text, encoding: best.encoding };
}

export function describeSource(path: string | null, bytes: Uint8Array, encoding: string): Source {
  return { path, encoding, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
