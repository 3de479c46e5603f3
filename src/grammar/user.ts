// User grammars: a file (YAML or JSON) or a value whose top-level keys are grammar names (outline,
// metrics, …), each holding a part of that grammar, merged with the shipped grammar and validated.
// The merge rule (documented in the README):
//   - a mapping is merged key by key, recursively (a key the user gives replaces or extends the shipped one);
//   - a list is appended to the shipped list, except that an entry with the `id` of a shipped entry
//     replaces that entry in place (a scheme or a metric redefined);
//   - a list of numbers (a range such as [0, 100]) and any other value replace the shipped value.
// A bad field fails with one GrammarError line naming the file and the path of the field in it.
// Loads yaml and zod: imported only when a user grammar is given.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { GRAMMAR_NAMES, GrammarError, type GrammarName } from './common.js';
import { compileGrammars, type GrammarSources, type Grammars } from './grammars.js';
import { shippedGrammar } from './load.js';
import { SHIPPED_SCHEMAS } from './validate.js';

/** A user grammar: parts of the shipped grammars by grammar name, e.g. `{ outline: { schemes: [...] } }`. */
export type UserGrammar = Partial<Record<GrammarName, unknown>>;

/** A user grammar with the name its errors are reported under (its file path, or a label). */
export interface NamedGrammar {
  name: string;
  grammar: UserGrammar;
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRange = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number');
const idOf = (v: unknown): unknown => (isMapping(v) ? v.id : undefined);

/**
 * Where each merged value came from, to name the user's field in an error: for a merged list, the
 * user's index of each entry (undefined for a shipped entry).
 */
type Origins = WeakMap<object, Array<number | undefined>>;

/** The origins of each merged grammar source, to name the user's field when a pattern does not compile. */
const originsOf = new WeakMap<object, Origins>();

function merge(shipped: unknown, user: unknown, origins: Origins): unknown {
  if (isMapping(shipped) && isMapping(user)) {
    const out: Record<string, unknown> = { ...shipped };
    for (const [key, value] of Object.entries(user)) out[key] = key in shipped ? merge(shipped[key], value, origins) : value;
    return out;
  }
  if (Array.isArray(shipped) && Array.isArray(user) && !isRange(shipped) && !isRange(user)) {
    const out: unknown[] = [...shipped];
    const from: Array<number | undefined> = shipped.map(() => undefined);
    user.forEach((entry, j) => {
      const id = idOf(entry);
      const at = id === undefined ? -1 : out.findIndex((e, k) => from[k] === undefined && idOf(e) === id);
      if (at >= 0) {
        out[at] = entry;
        from[at] = j;
      } else {
        out.push(entry);
        from.push(j);
      }
    });
    origins.set(out, from);
    return out;
  }
  return user;
}

/** The path of a merged field as the user wrote it (list indices mapped back to the user's). */
function userPath(merged: unknown, path: ReadonlyArray<PropertyKey>, origins: Origins): string {
  const parts: string[] = [];
  let node = merged;
  for (const key of path) {
    const from = typeof node === 'object' && node !== null ? origins.get(node) : undefined;
    const index = from && typeof key === 'number' ? from[key] : undefined;
    parts.push(String(index ?? key));
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return parts.length > 0 ? parts.join('.') : '(root)';
}

/**
 * The grammar sources of the shipped grammars merged with `grammars` (applied in order), validated
 * with the shipped schemas. Only the grammars some user grammar names are returned.
 */
export function mergeUserGrammars(grammars: readonly NamedGrammar[]): Partial<GrammarSources> {
  const out: Partial<Record<GrammarName, unknown>> = {};
  for (const { name: file, grammar } of grammars) {
    if (!isMapping(grammar)) throw new GrammarError(`${file}: a grammar file is a mapping of grammar names (${GRAMMAR_NAMES.join(', ')})`);
    for (const [name, part] of Object.entries(grammar)) {
      if (!(GRAMMAR_NAMES as readonly string[]).includes(name)) {
        throw new GrammarError(`${file}: ${name}: unknown grammar (one of ${GRAMMAR_NAMES.join(', ')})`);
      }
      const key = name as GrammarName;
      if (!isMapping(part)) throw new GrammarError(`${file}: ${name}: expected a mapping of ${name} grammar fields`);
      const origins: Origins = new WeakMap();
      const merged = merge(out[key] ?? shippedGrammar(key), part, origins);
      const result = (SHIPPED_SCHEMAS[key] as z.ZodType<unknown>).safeParse(merged);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new GrammarError(`${file}: ${name}.${userPath(merged, issue?.path ?? [], origins)}: ${issue?.message ?? 'invalid'}`);
      }
      out[key] = result.data;
      // zod returns a copy: its lists line up with the merged ones, so the origins are carried over.
      originsOf.set(result.data as object, carryOrigins(merged, result.data, origins));
    }
  }
  return out as Partial<GrammarSources>;
}

/** Parses a grammar file (YAML, of which JSON is a part); a file that cannot be read or parsed is a GrammarError. */
export function readGrammarFile(path: string): NamedGrammar {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GrammarError(`${path}: cannot read grammar: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return { name: path, grammar: (parseYaml(text) ?? {}) as UserGrammar };
  } catch (error) {
    throw new GrammarError(`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** A metrics file (`--metrics`): the metrics grammar's own fields at the top, as in grammars/metrics.yaml. */
export function readMetricsFile(path: string): NamedGrammar {
  const { grammar } = readGrammarFile(path);
  return { name: path, grammar: { metrics: grammar } };
}

/** The origins of `merged` keyed by the matching lists of `copy` (same shape). */
function carryOrigins(merged: unknown, copy: unknown, origins: Origins, out: Origins = new WeakMap()): Origins {
  if (typeof merged !== 'object' || merged === null || typeof copy !== 'object' || copy === null) return out;
  const from = origins.get(merged);
  if (from) out.set(copy, from);
  for (const [key, value] of Object.entries(merged)) carryOrigins(value, (copy as Record<string, unknown>)[key], origins, out);
  return out;
}

/** "schemes[13].pattern" → ['schemes', 13, 'pattern']. */
const fieldPath = (field: string): PropertyKey[] => field.split(/[.[\]]+/u).filter(Boolean).map((p) => (/^\d+$/u.test(p) ? Number(p) : p));

/**
 * Compiles the shipped grammars merged with user grammars. A pattern that does not compile is
 * reported with the names of the user grammars and the path of the field as the user wrote it.
 */
export function compileUserGrammars(grammars: readonly NamedGrammar[]): Grammars {
  const sources = mergeUserGrammars(grammars);
  const files = grammars.map((g) => g.name).join(', ');
  try {
    return compileGrammars(sources);
  } catch (error) {
    if (!(error instanceof GrammarError)) throw error;
    // Find the grammar at fault by compiling each merged one alone.
    for (const [name, source] of Object.entries(sources) as Array<[GrammarName, object]>) {
      try {
        compileGrammars({ [name]: source });
      } catch (inner) {
        if (!(inner instanceof GrammarError)) throw inner;
        const origins = originsOf.get(source) ?? new WeakMap();
        const message = inner.message.replace(/^invalid pattern in (\S+):/u, (_m, field: string) => `${name}.${userPath(source, fieldPath(field), origins)}: invalid pattern:`);
        throw new GrammarError(`${files}: ${message}`);
      }
    }
    throw new GrammarError(`${files}: ${error.message}`);
  }
}
