// Serializes plan documents for output (YAML by the linear emitter of yaml.ts). Several documents
// are written as a stream, piece by piece, so output never waits for (or holds) the whole batch.
import type { Plan } from '../schema.js';
import { CSV_BOM, CSV_HEADER, csvRows } from './csv.js';
import { toMarkdown } from './markdown.js';
import { toYaml } from './yaml.js';

export const FORMATS = ['json', 'yaml', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { json: '.json', yaml: '.yaml', ndjson: '.ndjson', csv: '.csv', markdown: '.md' };

/** One document's piece of a stream (for CSV: its rows, without the header). */
export async function serializePiece(plan: Plan, format: Format, pretty: boolean): Promise<string> {
  switch (format) {
    case 'csv':
      return csvRows(plan);
    case 'markdown':
      return toMarkdown(plan);
    case 'yaml':
      return toYaml(plan);
    case 'ndjson':
      return `${JSON.stringify(plan)}\n`;
    default:
      return `${JSON.stringify(plan, null, pretty ? 2 : undefined)}\n`;
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

/** One whole document in a format (what --out-dir writes for each input). */
export async function serializeOne(plan: Plan, format: Format, pretty: boolean): Promise<string> {
  const frame = streamFrame(format, false);
  return frame.head + (await serializePiece(plan, format, pretty)) + frame.tail;
}

/** Several documents at once (the library's and the tests' convenience; the CLI streams). */
export async function serializeMany(plans: Plan[], format: Format, pretty: boolean): Promise<string> {
  const frame = streamFrame(format, plans.length > 1);
  const pieces = await Promise.all(plans.map((p) => serializePiece(p, format, pretty)));
  return frame.head + pieces.join(frame.separator) + frame.tail;
}
