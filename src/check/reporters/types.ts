// What the reporters get: one result per input, in input order.
import type { Diagnostic } from '../../schema.js';

export interface FileResult {
  /** The path as given or expanded ("-" for standard input). */
  path: string;
  /** Set when the file could not be read or decoded: one line, no stack. */
  error?: string;
  /** Diagnostics to report (after configuration, suppressions and --quiet), sorted by place. */
  messages: Diagnostic[];
  /** Diagnostics covered by the suppressions file. */
  suppressed: Diagnostic[];
}

export interface ReportContext {
  /** Working directory: SARIF URIs and JSON file paths are made from it. */
  cwd: string;
  version: string;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const r of results) {
    if (r.error !== undefined) t.unreadable++;
    for (const m of r.messages) {
      if (m.severity === 'error') t.errors++;
      else if (m.severity === 'warning') t.warnings++;
      else t.infos++;
    }
  }
  return t;
}
