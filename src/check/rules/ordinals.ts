// Writes ordinals the way a section of the same scheme writes them: 3 → (三) for (一), 3. for 1.
import type { Section } from '../../schema.js';

const HANZI = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function hanzi(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return HANZI[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HANZI[tens]}十${HANZI[n % 10]}`;
}

/** The marker a section of `like`'s scheme would carry with ordinal `n`. */
export function markerFor(like: Section, n: number): string {
  const m = /[一二三四五六七八九十]+|[0-9０-９]+|[①-⑳]/u.exec(like.marker);
  if (!m) return String(n);
  const digit = /[0-9０-９]/u.test(m[0]) ? String(n) : /[①-⑳]/u.test(m[0]) ? String.fromCharCode(0x2460 + n - 1) : hanzi(n);
  return like.marker.slice(0, m.index) + digit + like.marker.slice(m.index + m[0].length);
}

/** "(三) is" / "(三), (四) are" / "(三)…(九) (7 items) are". */
export function describeOrdinals(like: Section, ordinals: number[]): string {
  if (ordinals.length === 1) return `${markerFor(like, ordinals[0] as number)} is`;
  if (ordinals.length <= 3) return `${ordinals.map((n) => markerFor(like, n)).join(', ')} are`;
  return `${markerFor(like, ordinals[0] as number)}…${markerFor(like, ordinals[ordinals.length - 1] as number)} (${ordinals.length} items) are`;
}
