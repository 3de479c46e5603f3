// A linear YAML emitter for plan documents (JSON-like data: objects, arrays, strings, numbers,
// booleans, null). The yaml package's stringify grows faster than the document (its anchor and
// folding bookkeeping: 4 MB of input took 50 s), so documents are written here in one pass, in
// block style, one line per array item or key. Strings that could read as anything but the same
// string are double-quoted with JSON's escapes, which YAML's double-quoted style shares. Lines are
// handed out in chunks (see chunks.ts).
import { joinChunks, lineChunks } from './chunks.js';

/**
 * Characters written escaped: those YAML does not allow in a stream (C0 and C1 controls, DEL,
 * non-characters, lone surrogates), and those YAML 1.1 readers take for line breaks or a BOM.
 */
const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
const NOT_PRINTABLE_ALL = new RegExp(NOT_PRINTABLE.source, 'gu');
/** A string may stay plain when it starts with no indicator or space… */
const PLAIN_FIRST = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u;
/** …and holds no line end or tab, no ": " (or a final ":"), no " #", no space at its end. */
const PLAIN_BREAKER = /[\n\r\t]|:(?=\s|$)|\s#|\s$/u;
/**
 * Plain strings that a YAML reader could take for something else: null, booleans (YAML 1.1 words
 * included), and anything that starts like a number, date or time (so 2024-01-01 and 0x1F stay strings).
 */
const SPECIAL = /^(?:~|null|true|false|yes|no|on|off|y|n|<<)$|^[+.\d]/iu;

function quote(text: string): string {
  return JSON.stringify(text).replace(NOT_PRINTABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    const plain = PLAIN_FIRST.test(value) && !PLAIN_BREAKER.test(value) && !SPECIAL.test(value) && !NOT_PRINTABLE.test(value);
    return plain ? value : quote(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
  return String(value);
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/u;
const key = (k: string) => (KEY.test(k) && !SPECIAL.test(k) ? k : quote(k));

function isCollection(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** A short array of numbers, booleans or nulls ([1, 3] ranges) stays on one line. */
function isFlowArray(value: unknown[]): boolean {
  return value.length <= 8 && value.every((v) => v === null || typeof v === 'number' || typeof v === 'boolean');
}

type OmitKey = ((object: Record<string, unknown>) => string | undefined) | undefined;

/**
 * Yields the lines of a non-empty collection, each starting with `indent` but the first, which
 * starts with `lead` (an array item's dash and the dashes of the items it opens: "- - key: value").
 */
function* collection(value: object, indent: string, lead: string, omit: OmitKey): Generator<string> {
  let prefix = lead;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCollection(item) && !isEmpty(item) && !(Array.isArray(item) && isFlowArray(item))) {
        // The item's first line goes after the dash: "- key: value".
        yield* collection(item, `${indent}  `, `${prefix}- `, omit);
      } else yield `${prefix}- ${inline(item)}`;
      prefix = indent;
    }
    return;
  }
  const skip = omit?.(value as Record<string, unknown>);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || k === skip) continue;
    if (isCollection(v) && !isEmpty(v) && !(Array.isArray(v) && isFlowArray(v))) {
      yield `${prefix}${key(k)}:`;
      yield* collection(v, `${indent}  `, `${indent}  `, omit);
    } else yield `${prefix}${key(k)}: ${inline(v)}`;
    prefix = indent;
  }
}

/** A value on the line of its key or dash: a scalar, an empty collection, or a short flow array. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  if (isCollection(value)) return '{}';
  return scalar(value);
}

/**
 * One YAML document (without the "---" that separates documents in a stream), in chunks; `omit`
 * names a key of an object to leave out (e.g. the source slices of a compact plan).
 */
export function yamlChunks(value: unknown, omit?: OmitKey): Generator<string> {
  if (!isCollection(value) || isEmpty(value) || (Array.isArray(value) && isFlowArray(value))) return lineChunks([inline(value)]);
  return lineChunks(collection(value, '', '', omit));
}

/** One YAML document as one string (for small values). */
export const toYaml = (value: unknown): string => joinChunks(yamlChunks(value));
