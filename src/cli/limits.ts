// The input size limit: a file larger than this is refused on one line before it is read (and
// standard input or a device is cut off once it passes it), so a huge or endless input cannot
// take the machine's memory. Plans are kilobytes to a few megabytes; extraction holds several
// copies of a document in memory, so the default leaves ample room without risking gigabytes.
import { InvalidArgumentError, Option } from 'commander';

export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "64M", "512k", "1G" or a number of bytes. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/iu.exec(value.trim());
  const bytes = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] as string).toLowerCase()] as number)) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) throw new InvalidArgumentError('expected a size such as 64M, 512K or 1048576');
  return bytes;
}

export function formatSize(bytes: number): string {
  for (const [unit, scale] of [['G', 1024 ** 3], ['M', 1024 ** 2], ['K', 1024]] as const) {
    if (bytes >= scale && bytes % scale === 0) return `${bytes / scale}${unit}`;
  }
  return `${bytes} bytes`;
}

/** The --max-size option, shared by every command that reads documents. */
export function maxSizeOption(): Option {
  return new Option('--max-size <size>', 'refuse inputs larger than <size> (e.g. 64M, 512K)').argParser(parseSize).default(DEFAULT_MAX_SIZE, formatSize(DEFAULT_MAX_SIZE));
}
