// bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and GB18030/GBK (the usual
// encoding of Chinese government files that are not UTF-8). Binary input is refused.
import { createHash } from 'node:crypto';
import type { Source } from '../schema.js';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

async function decodeGb18030(bytes: Uint8Array): Promise<string> {
  // iconv-lite is loaded only for the files that need it.
  const iconv = (await import('iconv-lite')).default;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
}

export async function decode(bytes: Uint8Array): Promise<Decoded> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new DecodeError('binary file (contains NUL bytes); expected text');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = await decodeGb18030(bytes);
    // Control characters other than tab and line ends mean this was not text either.
    if (/[\u0000-\u0008\u000e-\u001f]/u.test(text)) throw new DecodeError('not a text file in UTF-8, UTF-16 or GB18030');
    return { text, encoding: 'gb18030' };
  }
}

export function describeSource(path: string | null, bytes: Uint8Array, encoding: string): Source {
  return { path, encoding, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
