// The shipped metric aliases normalised at build time (scripts/compile-grammars.mjs writes
// dist/grammars/metric-keys.json). Normalising the hundred-odd aliases at every start cost a few
// milliseconds of cold code, and made normalizeWith hot enough for V8 to optimise it in the
// background during a one-document run. A key depends only on the alias and the normalising
// rules, so the build's keys serve any grammar with the same scope words and rewrites.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWith, type NormalizeRules } from '../metrics/normalize.js';
import { COMPILED_DIR } from './common.js';

export interface MetricKeys {
  /** The rules the keys were made with (rulesId). */
  rules: string;
  /** Alias → normalised key. */
  keys: Record<string, string>;
}

const PATH = join(COMPILED_DIR, 'metric-keys.json');

const rulesId = (rules: NormalizeRules): string => JSON.stringify([rules.scopeWords, rules.rewrites]);

/** The keys of `aliases` under `rules`. */
export function metricKeys(aliases: Iterable<string>, rules: NormalizeRules): MetricKeys {
  const keys: Record<string, string> = {};
  for (const alias of aliases) keys[alias] = normalizeWith(alias, rules);
  return { rules: rulesId(rules), keys };
}

/** Writes the keys of `aliases` under `rules` where builtMetricKeys reads them (build step). */
export function writeMetricKeys(aliases: Iterable<string>, rules: NormalizeRules): void {
  writeFileSync(`${PATH}.tmp`, `${JSON.stringify(metricKeys(aliases, rules))}\n`);
  renameSync(`${PATH}.tmp`, PATH);
}

let built: MetricKeys | null | undefined;

/** The build's keys when they were made with `rules`; undefined otherwise (other rules, no build). */
export function builtMetricKeys(rules: NormalizeRules): ReadonlyMap<string, string> | undefined {
  if (built === undefined) {
    try {
      built = JSON.parse(readFileSync(PATH, 'utf8')) as MetricKeys;
    } catch {
      built = null;
    }
  }
  return built && built.rules === rulesId(rules) ? new Map(Object.entries(built.keys)) : undefined;
}
