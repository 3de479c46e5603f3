// bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and GB18030/GBK (the usual
// encoding of Chinese government files that are not UTF-8). Binary input is refused with a
// DecodeError whose message is one clear line. Line ends (LF, CRLF, CR) are kept as they are:
// the later stages read all three, and positions point into the text exactly as decoded.
import { createHash } from 'node:crypto';
import type { Source } from '../schema.js';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030: recorded as source.encoding. */
  encoding: string;
}

/** Share of control characters (other than tab, line ends, form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of undecodable sequences above which bytes are not in the encoding tried. */
const MAX_INVALID_SHARE = 0.01;

function decodeWith(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

async function decodeGb18030(bytes: Uint8Array): Promise<string> {
  // iconv-lite is loaded only for the files that need it.
  const iconv = (await import('iconv-lite')).default;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

/** Refuses decoded text that is not text: NUL characters, or many other control characters. */
function refuseBinary(text: string, what: string): void {
  if (text.includes('\u0000')) throw new DecodeError(`binary file (contains NUL bytes); expected text${what}`);
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
function utf8Damage(bytes: Uint8Array): { text: string; invalid: number; multibyte: number } {
  const text = decodeWith('utf-8', bytes);
  const replacements = count(text, '\ufffd');
  // U+FFFD written in the file itself (EF BF BD) is not damage.
  let literal = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  let multibyte = 0;
  for (let i = 0; i < bytes.length; i++) if (((bytes[i] as number) & 0xc0) === 0xc0) multibyte++;
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
  // NUL bytes anywhere: binary, or UTF-16 without a byte order mark (which cannot be told apart
  // reliably from binary and is refused the same way).
  if (bytes.indexOf(0) >= 0) throw new DecodeError('binary file (contains NUL bytes); expected text (UTF-16 needs a byte order mark)');
  const utf8 = utf8Damage(bytes);
  if (utf8.invalid === 0 || (utf8.multibyte > 0 && utf8.invalid <= utf8.multibyte * MAX_INVALID_SHARE)) {
    refuseBinary(utf8.text, '');
    return { text: utf8.text, encoding: 'utf-8' };
  }
  const text = await decodeGb18030(bytes);
  const invalid = count(text, '\ufffd');
  if (invalid > 0 && invalid > text.length * MAX_INVALID_SHARE) throw new DecodeError('not a text file in UTF-8, UTF-16 or GB18030');
  refuseBinary(text, '');
  return { text, encoding: 'gb18030' };
}

export function describeSource(path: string | null, bytes: Uint8Array, encoding: string): Source {
  return { path, encoding, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
