// Reads one input (a file or standard input) into a plan, turning every failure into a one-line
// message instead of an exception. Inputs are read in chunks: a file larger than the size limit
// is refused from its size alone, standard input and devices are cut off when they pass it, and
// binary data is refused at its first chunk (so /dev/zero ends at once).
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { decode, DecodeError } from '../decode/decode.js';
import { GrammarError } from '../grammar/load.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Plan } from '../schema.js';
import { describeFsError } from './fs-errors.js';
import { DEFAULT_MAX_SIZE, formatSize } from './limits.js';

export type InputResult = { input: string; plan: Plan } | { input: string; error: string };

/** Grammars and rule settings to extract with; `path` names standard input (--stdin-filename). */
export interface ReadOptions extends ExtractOptions {
  /** Inputs larger than this many bytes are refused (default: DEFAULT_MAX_SIZE). */
  maxSize?: number;
}

const CHUNK = 1 << 16;
const EMPTY = new Uint8Array(0);

/** A refusal that is reported as the input's one line. */
class InputError extends Error {}

/** Binary data seen in a chunk; reading stops there. */
class BinaryChunk extends Error {
  constructor(readonly chunk: Uint8Array) {
    super('binary file (contains NUL bytes); expected text');
  }
}

/** The decoder's own words for the binary chunk, so a refusal reads the same however it was found. */
async function describeBinary(error: BinaryChunk): Promise<string> {
  try {
    await decode(error.chunk);
  } catch (decodeError) {
    if (decodeError instanceof DecodeError) return decodeError.message;
  }
  return error.message;
}

const tooLarge = (maxSize: number) => new InputError(`larger than the ${formatSize(maxSize)} limit (--max-size); not read`);

/**
 * A NUL code unit (two zero bytes at an even offset) is binary in every encoding the decoder
 * reads: a NUL byte in UTF-8 or GB18030, U+0000 in UTF-16. `offset` is the chunk's place in the input.
 */
function holdsNulCodeUnit(chunk: Uint8Array, offset: number): boolean {
  for (let i = chunk.indexOf(0); i >= 0 && i + 1 < chunk.length; i = chunk.indexOf(0, i + 1)) {
    if (chunk[i + 1] === 0 && (offset + i) % 2 === 0) return true;
  }
  return false;
}

/** Collects chunks up to the limit, refusing binary data as soon as a chunk shows it. */
class Collector {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly maxSize: number) {}

  add(chunk: Uint8Array): void {
    if (holdsNulCodeUnit(chunk, this.size)) throw new BinaryChunk(chunk);
    this.size += chunk.byteLength;
    if (this.size > this.maxSize) throw tooLarge(this.maxSize);
    this.chunks.push(chunk);
  }

  bytes(): Uint8Array {
    return this.chunks.length === 1 ? (this.chunks[0] as Uint8Array) : Buffer.concat(this.chunks);
  }
}

async function readStdin(maxSize: number): Promise<Uint8Array> {
  const collector = new Collector(maxSize);
  // Leaving the loop early (a refusal) destroys the stream: nothing more is read.
  for await (const chunk of process.stdin) collector.add(chunk as Buffer);
  return collector.bytes();
}

/**
 * A regular file, read synchronously: in one piece of its size plus one byte (a short read is its
 * end; a full one means it grew, and chunks follow). The promise API costs about ten times the CPU
 * per file (an open, a stat, a read and a close, each a trip through the thread pool), which
 * dominated batches of small files; a regular file never blocks for long.
 */
function readRegularFile(path: string, maxSize: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxSize) throw tooLarge(maxSize);
    const collector = new Collector(maxSize);
    for (let want = size + 1; ; want = CHUNK) {
      const buffer = Buffer.allocUnsafe(want);
      const bytesRead = readSync(fd, buffer, 0, want, null);
      if (bytesRead === 0) break;
      collector.add(buffer.subarray(0, bytesRead));
      if (bytesRead < want) break;
    }
    return collector.bytes();
  } finally {
    closeSync(fd);
  }
}

/** A device or a FIFO, whose size is unknown and whose reads may wait: chunk by chunk until a read returns nothing. */
async function readStream(path: string, maxSize: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const collector = new Collector(maxSize);
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      collector.add(buffer.subarray(0, bytesRead));
    }
    return collector.bytes();
  } finally {
    await handle.close();
  }
}

async function readPath(path: string, maxSize: number): Promise<Uint8Array> {
  // stat, not open: opening a FIFO would wait for a writer.
  const info = statSync(path);
  if (info.isDirectory()) throw new InputError('is a directory, not a file');
  return info.isFile() ? readRegularFile(path, maxSize) : readStream(path, maxSize);
}

function describeReadError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read: ${describeFsError(error)}`;
}

export async function readInput(input: string, options: ReadOptions = {}): Promise<InputResult> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStdin(maxSize) : await readPath(input, maxSize);
  } catch (error) {
    return { input, error: error instanceof BinaryChunk ? await describeBinary(error) : describeReadError(error) };
  }
  try {
    const { maxSize: _, ...extractOptions } = options;
    const extracting = extract(bytes, { ...extractOptions, path: input === '-' ? options.path : input });
    // The bytes are needed only until they are decoded and hashed: not held while the pipeline runs.
    bytes = EMPTY;
    return { input, plan: await extracting };
  } catch (error) {
    if (error instanceof DecodeError) return { input, error: error.message };
    // A bad grammar fails every file alike: the run stops (exit 2) instead of reporting each one.
    if (error instanceof GrammarError) throw error;
    return { input, error: `internal error: ${(error as Error).message}` };
  }
}
