// JSON written in chunks, byte for byte what JSON.stringify(value, null, indent) writes. Only the
// containers of containers (a plan, its arrays of nodes, a section with children) are walked here;
// every other value (a paragraph, an indicator, a position) is one JSON.stringify call, re-indented
// to its depth (JSON strings hold no raw line break, so every "\n" of the piece starts a line).
import { ChunkBuffer, CHUNK_CHARS } from './chunks.js';

export interface JsonChunkOptions {
  /** Spaces of indentation per level (as JSON.stringify's third argument); none: one line. */
  indent?: number;
  /** A key of an object to leave out of the output (e.g. the source slices of a compact plan). */
  omit?: (object: Record<string, unknown>) => string | undefined;
  /** Characters per chunk (about). */
  chunkSize?: number;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Values JSON leaves out of objects (and writes as null in arrays). */
const isAbsent = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

class JsonWriter {
  private readonly buffer: ChunkBuffer;
  private readonly gap: string;
  private readonly omit: JsonChunkOptions['omit'];

  constructor(options: JsonChunkOptions) {
    this.buffer = new ChunkBuffer(options.chunkSize ?? CHUNK_CHARS);
    this.gap = ' '.repeat(Math.min(10, Math.max(0, options.indent ?? 0)));
    this.omit = options.omit;
  }

  *document(value: unknown): Generator<string> {
    yield* this.value(value, '');
    const rest = this.buffer.take();
    if (rest !== '') yield rest;
  }

  /** Whether `value` is walked here rather than written by one JSON.stringify call. */
  private walked(value: object): boolean {
    if ('toJSON' in value && typeof value.toJSON === 'function') return false;
    if (Array.isArray(value)) return value.length > 0 && isObject(value[0]);
    const object = value as JsonObject;
    if (this.omit?.(object) !== undefined) return true;
    for (const key in object) {
      const v = object[key];
      if (Array.isArray(v) && v.length > 0 && isObject(v[0])) return true;
    }
    return false;
  }

  /** Writes a present value whose first line goes where the cursor is and whose other lines start at `indent`. */
  private *value(value: unknown, indent: string): Generator<string> {
    if (!isObject(value) || !this.walked(value)) {
      const text = JSON.stringify(value, null, this.gap) as string;
      this.buffer.add(this.gap !== '' && indent !== '' && text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text);
    } else if (Array.isArray(value)) yield* this.array(value, indent);
    else yield* this.object(value as JsonObject, indent);
    if (this.buffer.full) yield this.buffer.take();
  }

  private *array(items: unknown[], indent: string): Generator<string> {
    const inner = indent + this.gap;
    const open = this.gap === '' ? '' : `\n${inner}`;
    const between = this.gap === '' ? ',' : `,\n${inner}`;
    this.buffer.add('[');
    for (let i = 0; i < items.length; i++) {
      this.buffer.add(i === 0 ? open : between);
      const item = items[i];
      if (isAbsent(item)) this.buffer.add('null');
      else yield* this.value(item, inner);
    }
    this.buffer.add(this.gap === '' ? ']' : `\n${indent}]`);
  }

  private *object(object: JsonObject, indent: string): Generator<string> {
    const inner = indent + this.gap;
    const skip = this.omit?.(object);
    const colon = this.gap === '' ? ':' : ': ';
    let first = true;
    for (const key of Object.keys(object)) {
      const item = object[key];
      if (key === skip || isAbsent(item)) continue;
      this.buffer.add(first ? (this.gap === '' ? '{' : `{\n${inner}`) : this.gap === '' ? ',' : `,\n${inner}`);
      first = false;
      this.buffer.add(JSON.stringify(key) + colon);
      yield* this.value(item, inner);
    }
    this.buffer.add(first ? '{}' : this.gap === '' ? '}' : `\n${indent}}`);
  }
}

/**
 * `value` as JSON in chunks of about `chunkSize` characters: joined, exactly
 * JSON.stringify(value, null, indent) (with `omit`: as if those keys were not there).
 */
export function jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string> {
  return new JsonWriter(options).document(value);
}
