// Serializes plan documents for output, always in chunks (chunks.ts): a document is never one
// string, and a writer can wait for its reader between chunks. Several documents are written as a
// stream, piece by piece, so output never waits for (or holds) the whole batch. The CSV, markdown
// and YAML writers are loaded when their format is asked for (hence the promises).
import type { Plan } from '../schema.js';
import type { Format } from './formats.js';
import { jsonChunks } from './json.js';

export { EXTENSIONS, FORMATS, type Format } from './formats.js';

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
export async function pieceChunks(plan: Plan, format: Format, options: SerializeOptions = {}): Promise<Iterable<string>> {
  const omit = options.compact ? sourceSlice : undefined;
  switch (format) {
    case 'csv':
      return (await import('./csv.js')).csvRowChunks(plan);
    case 'markdown':
      return (await import('./markdown.js')).markdownChunks(plan);
    case 'yaml':
      return (await import('./yaml.js')).yamlChunks(plan, omit);
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
export async function streamFrame(format: Format, many: boolean): Promise<StreamFrame> {
  switch (format) {
    case 'json':
      return many ? { head: '[\n', separator: ',\n', tail: ']\n' } : { head: '', separator: '', tail: '' };
    case 'yaml':
      return many ? { head: '---\n', separator: '---\n', tail: '' } : { head: '', separator: '', tail: '' };
    case 'csv': {
      const { CSV_BOM, CSV_HEADER } = await import('./csv.js');
      return { head: CSV_BOM + CSV_HEADER, separator: '', tail: '' };
    }
    case 'markdown':
      return { head: '', separator: '\n---\n\n', tail: '' };
    default:
      return { head: '', separator: '', tail: '' };
  }
}

function* framed(frame: StreamFrame, piece: Iterable<string>): Generator<string> {
  if (frame.head !== '') yield frame.head;
  yield* piece;
  if (frame.tail !== '') yield frame.tail;
}

/** One whole document in a format (what --out-dir writes for each input), in chunks. */
export async function documentChunks(plan: Plan, format: Format, options: SerializeOptions = {}): Promise<Iterable<string>> {
  return framed(await streamFrame(format, false), await pieceChunks(plan, format, options));
}
