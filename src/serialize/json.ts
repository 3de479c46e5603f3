// JSON written in chunks, byte for byte what JSON.stringify(value, null, indent) writes. Only the
// containers of containers (a plan, its arrays of nodes, a section with children) are walked here;
// everything else (paragraphs, indicators, positions, a section's fields) is written by
// JSON.stringify, a run of sibling leaves per call, indented by JSON.stringify itself (see members).
import { ChunkBuffer, CHUNK_CHARS } from './chunks.js';

export interface JsonChunkOptions {
  /** Spaces of indentation per level (as JSON.stringify's third argument); none: one line. */
  indent?: number;
  /**
   * A key to leave out of an object (e.g. the source slices of a compact plan): asked of the
   * walked containers and of their members, not of what lies deeper inside a leaf.
   */
  omit?: (object: Record<string, unknown>) => string | undefined;
  /** Characters per chunk (about). */
  chunkSize?: number;
}

type JsonObject = Record<string, unknown>;

/** Sibling leaves written by one JSON.stringify call, at most. */
export const RUN = 64;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Values JSON leaves out of objects (and writes as null in arrays). */
const isAbsent = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Whether `value` is walked here: an array of objects, or an object holding one (not one with toJSON). */
function isWalked(value: unknown): value is object {
  if (!isObject(value) || ('toJSON' in value && typeof value.toJSON === 'function')) return false;
  if (Array.isArray(value)) return value.length > 0 && isObject(value[0]);
  const object = value as JsonObject;
  for (const key in object) {
    const v = object[key];
    if (Array.isArray(v) && v.length > 0 && isObject(v[0])) return true;
  }
  return false;
}

/** Sets an own member, "__proto__" included (which an assignment would take for the prototype). */
function setMember(object: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

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
    if (isWalked(value)) yield* this.container(value, '');
    else this.buffer.add(JSON.stringify(this.shaped(value), null, this.gap));
    const rest = this.buffer.take();
    if (rest !== '') yield rest;
  }

  /** A leaf as written: without the key `omit` names. */
  private shaped(value: unknown): unknown {
    if (this.omit === undefined || !isObject(value) || Array.isArray(value)) return value;
    const skip = this.omit(value as JsonObject);
    if (skip === undefined || !Object.hasOwn(value, skip)) return value;
    const copy: JsonObject = {};
    for (const key of Object.keys(value)) if (key !== skip) setMember(copy, key, (value as JsonObject)[key]);
    return copy;
  }

  /**
   * The members of `container` (an array or object of leaves) as they are written inside a
   * container at `indent`, by one JSON.stringify call: nested in as many arrays as `indent` has
   * levels, JSON.stringify indents them itself, and the brackets around them are cut off
   * ("[\n<gap>{\n<gap><gap>"a": 1,\n<gap><gap>"b": 2\n<gap>}\n]" → "\"a\": 1,\n<gap><gap>\"b\": 2").
   */
  private members(container: object, indent: string): string {
    if (this.gap === '') return JSON.stringify(container).slice(1, -1);
    const levels = indent.length / this.gap.length;
    let value: unknown = container;
    for (let l = 0; l < levels; l++) value = [value];
    const text = JSON.stringify(value, null, this.gap);
    // Each level opens with a bracket, "\n" and the next level's indentation, and closes with "\n", its own and a bracket.
    let head = 0;
    let tail = 0;
    for (let l = 0; l <= levels; l++) {
      head += 2 + (l + 1) * this.gap.length;
      tail += 2 + l * this.gap.length;
    }
    return text.slice(head, text.length - tail);
  }

  private *container(value: object, indent: string): Generator<string> {
    if (Array.isArray(value)) yield* this.array(value, indent);
    else yield* this.object(value as JsonObject, indent);
  }

  private *array(items: unknown[], indent: string): Generator<string> {
    const inner = indent + this.gap;
    const between = this.gap === '' ? ',' : `,\n${inner}`;
    this.buffer.add(this.gap === '' ? '[' : `[\n${inner}`);
    for (let i = 0; i < items.length; ) {
      if (i > 0) this.buffer.add(between);
      const item = items[i];
      if (isWalked(item)) {
        yield* this.container(item, inner);
        i++;
      } else {
        let end = i + 1;
        while (end < items.length && end - i < RUN && !isWalked(items[end])) end++;
        const run = items.slice(i, end);
        this.buffer.add(this.members(this.omit === undefined ? run : run.map((v) => this.shaped(v)), indent));
        i = end;
      }
      if (this.buffer.full) yield this.buffer.take();
    }
    this.buffer.add(this.gap === '' ? ']' : `\n${indent}]`);
  }

  /** Walks the members that are containers; the others are written together, a run at a time. */
  private *object(object: JsonObject, indent: string): Generator<string> {
    const inner = indent + this.gap;
    const skip = this.omit?.(object);
    let first = true;
    const next = () => {
      this.buffer.add(first ? (this.gap === '' ? '{' : `{\n${inner}`) : this.gap === '' ? ',' : `,\n${inner}`);
      first = false;
    };
    let leaves: JsonObject | undefined;
    for (const key of Object.keys(object)) {
      const item = object[key];
      if (key === skip || isAbsent(item)) continue;
      if (!isWalked(item)) {
        setMember((leaves ??= {}), key, this.shaped(item));
        continue;
      }
      if (leaves) {
        next();
        this.buffer.add(this.members(leaves, indent));
        leaves = undefined;
      }
      next();
      this.buffer.add(JSON.stringify(key) + (this.gap === '' ? ':' : ': '));
      yield* this.container(item, inner);
      if (this.buffer.full) yield this.buffer.take();
    }
    if (leaves) {
      next();
      this.buffer.add(this.members(leaves, indent));
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
