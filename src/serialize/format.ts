// Serializes plan documents for output, always in chunks (chunks.ts): a document is never one
// string, and a writer can wait for its reader between chunks. Several documents are written as a
// stream, piece by piece, so output never waits for (or holds) the whole batch.
import type { Plan } from '../schema.js';
import { CSV_BOM, CSV_HEADER, csvRowChunks } from './csv.js';
import { jsonChunks } from './json.js';
import { markdownChunks } from './markdown.js';
import { yamlChunks } from './yaml.js';

export const FORMATS = ['json', 'yaml', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { json: '.json', yaml: '.yaml', ndjson: '.ndjson', csv: '.csv', markdown: '.md' };

/**
 * `compact`: the smaller output for corpus runs (--compact): JSON on one line and, in the tree
 * formats (JSON, NDJSON, YAML), paragraphs and furniture without their `value` source slices.
 */
export interface SerializeOptions {
  compact?: boolean;
}

const sourceSlice = (node: Record<string, unknown>): string | undefined =>
  node.type === 'paragraph' || node.type === 'boilerplate' ? 'value' : undefined;

function* withLineEnd(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

/** One document's piece of a stream (for CSV: its rows, without the header), in chunks. */
export function pieceChunks(plan: Plan, format: Format, options: SerializeOptions = {}): Iterable<string> {
  const omit = options.compact ? sourceSlice : undefined;
  switch (format) {
    case 'csv':
      return csvRowChunks(plan);
    case 'markdown':
      return markdownChunks(plan);
    case 'yaml':
      return yamlChunks(plan, omit);
    case 'ndjson':
      return withLineEnd(jsonChunks(plan, { omit }));
    default:
      return withLineEnd(jsonChunks(plan, { indent: options.compact ? undefined : 2, omit }));
  }
}

/** How pieces are put together: what goes before the first, between two, and after the last. */
export interface StreamFrame {
  head: string;
  separator: string;
  tail: string;
}

/** `many`: more than one document will be written (a JSON array rather than one object). */
export function streamFrame(format: Format, many: boolean): StreamFrame {
  switch (format) {
    case 'json':
      return many ? { head: '[\n', separator: ',\n', tail: ']\n' } : { head: '', separator: '', tail: '' };
    case 'yaml':
      return many ? { head: '---\n', separator: '---\n', tail: '' } : { head: '', separator: '', tail: '' };
    case 'csv':
      return { head: CSV_BOM + CSV_HEADER, separator: '', tail: '' };
    case 'markdown':
      return { head: '', separator: '\n---\n\n', tail: '' };
    default:
      return { head: '', separator: '', tail: '' };
  }
}

/** One whole document in a format (what --out-dir writes for each input), in chunks. */
export function* documentChunks(plan: Plan, format: Format, options: SerializeOptions = {}): Generator<string> {
  const frame = streamFrame(format, false);
  if (frame.head !== '') yield frame.head;
  yield* pieceChunks(plan, format, options);
  if (frame.tail !== '') yield frame.tail;
}

