// Serializes plan documents for output (YAML by the linear emitter of yaml.ts). Several documents
// are written as a stream, piece by piece, so output never waits for (or holds) the whole batch.
// The CSV, markdown and YAML writers are loaded when their format is asked for.
import type { Plan } from '../schema.js';
import type { Format } from './formats.js';

export { EXTENSIONS, FORMATS, type Format } from './formats.js';

/** One document's piece of a stream (for CSV: its rows, without the header). */
export async function serializePiece(plan: Plan, format: Format, pretty: boolean): Promise<string> {
  switch (format) {
    case 'csv':
      return (await import('./csv.js')).csvRows(plan);
    case 'markdown':
      return (await import('./markdown.js')).toMarkdown(plan);
    case 'yaml':
      return (await import('./yaml.js')).toYaml(plan);
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

/** One whole document in a format (what --out-dir writes for each input). */
export async function serializeOne(plan: Plan, format: Format, pretty: boolean): Promise<string> {
  const frame = await streamFrame(format, false);
  return frame.head + (await serializePiece(plan, format, pretty)) + frame.tail;
}

/** Several documents at once (the library's and the tests' convenience; the CLI streams). */
export async function serializeMany(plans: Plan[], format: Format, pretty: boolean): Promise<string> {
  const frame = await streamFrame(format, plans.length > 1);
  const pieces = await Promise.all(plans.map((p) => serializePiece(p, format, pretty)));
  return frame.head + pieces.join(frame.separator) + frame.tail;
}
