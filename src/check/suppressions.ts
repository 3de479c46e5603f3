// Bulk suppressions, like eslint's: a JSON file records the known diagnostics of a corpus (per
// file and rule, how many), so that `check` reports only new ones. Collected documents cannot
// carry disable comments, so this is how a corpus with known defects keeps CI green.
//
//   { "seeds/004.txt": { "numbering/duplicate": { "count": 1 } } }
//
// A file's diagnostics of one rule are all suppressed while there are no more of them than the
// recorded count; once there are more, all of them are reported (as eslint does), since the new
// one cannot be told apart from the known ones.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../schema.js';
import { ConfigError } from './config.js';

export { DEFAULT_SUPPRESSIONS } from './defaults.js';

export const suppressionsSchema = z.record(z.string(), z.record(z.string(), z.object({ count: z.number().int().min(1) }).strict()));
export type Suppressions = z.infer<typeof suppressionsSchema>;

/** The key a file has in the suppressions file: its path relative to that file's folder, with /. */
export function suppressionKey(file: string, suppressionsPath: string): string {
  const abs = isAbsolute(file) ? file : resolve(file);
  return relative(dirname(resolve(suppressionsPath)), abs).split(sep).join('/');
}

/** Reads a suppressions file; a missing file is an empty one. */
export function loadSuppressions(path: string): Suppressions {
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${path}: not a valid suppressions file: ${(error as Error).message}`);
  }
  const result = suppressionsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${path}: not a valid suppressions file: ${issue?.path.map(String).join('.') || '(top level)'}: ${issue?.message}`);
  }
  return result.data;
}

/** Splits one file's diagnostics into those to report and those the suppressions cover. */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  entry: Suppressions[string] | undefined,
): { reported: Diagnostic[]; suppressed: Diagnostic[] } {
  if (!entry) return { reported: [...diagnostics], suppressed: [] };
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  const reported: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const allowed = entry[d.rule]?.count ?? 0;
    ((counts.get(d.rule) ?? 0) <= allowed ? suppressed : reported).push(d);
  }
  return { reported, suppressed };
}

/** Suppressions for all the given diagnostics (keys sorted, so the file diffs well). */
export function buildSuppressions(files: ReadonlyArray<{ key: string; diagnostics: readonly Diagnostic[] }>): Suppressions {
  const out: Suppressions = {};
  for (const { key, diagnostics } of [...files].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (diagnostics.length === 0) continue;
    const rules: Record<string, { count: number }> = {};
    for (const d of [...diagnostics].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))) {
      rules[d.rule] = { count: (rules[d.rule]?.count ?? 0) + 1 };
    }
    out[key] = rules;
  }
  return out;
}
