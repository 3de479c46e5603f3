// check() for programs: a document's diagnostics, with rule settings applied, sorted by place.
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Diagnostic } from '../schema.js';

/** Document order: by start, then end, then rule id. */
export function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Checks a document as `plan-extract check` does: its diagnostics (rule id, severity, message,
 * position), with `options.rules` applied (severities changed, rules turned off, rule options) and
 * sorted by place. Throws a DecodeError for binary or undecodable bytes.
 */
export async function check(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Diagnostic[]> {
  return (await extract(input, options)).diagnostics.sort(byPlace);
}
