// `plan-extract check`: runs the pipeline on many files and reports their diagnostics for CI
// (the command's options and help: check-command.ts).
import { readFile, stat } from 'node:fs/promises';
import type { Config } from '../check/config.js';
import { byPlace } from '../check/api.js';
import { CheckCache, sha256, type CachedResult } from '../check/cache.js';
import { DEFAULT_CACHE, DEFAULT_SUPPRESSIONS } from '../check/defaults.js';
import type { IgnoreFiles } from '../check/ignore-files.js';
import { RULES } from '../check/registry.js';
import { ruleOptions, settingSeverity } from '../check/settings.js';
import type { RuleSettings } from '../check/types.js';
import { report, totals, type FileResult } from '../check/reporters/index.js';
import type { Suppressions } from '../check/suppressions.js';
import type { Diagnostic } from '../schema.js';
import { loadGrammarFiles } from './grammar.js';
import { resolveInputs } from './inputs.js';
import { DEFAULT_MAX_SIZE } from './limits.js';
import { writeOutput, writeOutputFile } from './output-file.js';
import { errorLine } from './output.js';
import { readInput } from './read.js';
import { VERSION } from './version.js';
import type { CheckOptions } from './check-command.js';
import { outputTarget } from './vocabulary.js';

export const CHECK_EXIT = { ok: 0, problems: 1, couldNotRun: 2 } as const;

/**
 * The description's first sentence: up to the first full stop outside brackets and quotes that
 * does not end a number marker (the "1." of "1. items").
 */
function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if ('(（“「《'.includes(c)) depth++;
    else if (')）”」》'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0 && !/\d/u.test(text[i - 1] ?? '') && (i + 1 === text.length || /\s/u.test(text[i + 1] as string))) return text.slice(0, i + 1);
  }
  return text;
}

function listRules(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${firstSentence(r.description)}`).join('\n')}\n`;
}

/** The configuration as check applies it to `file`: every rule's severity and options, ignores and grammars. */
function resolvedConfig(file: string, config: Config, configPath: string | undefined, grammarFiles: string[], ignoreFiles: IgnoreFiles, ignore: string[]) {
  const rules = Object.fromEntries(
    RULES.map((r) => {
      const setting = (config.rules as RuleSettings | undefined)?.[r.id];
      return [r.id, [settingSeverity(setting) ?? r.severity, ruleOptions(r, setting)]];
    }),
  );
  return { file, configFile: configPath ?? null, ignoreFiles: ignoreFiles.files, ignored: ignoreFiles.ignores(file), ignore, grammar: grammarFiles, rules };
}

export async function runCheck(patterns: string[], opts: CheckOptions): Promise<number> {
  if (opts.listRules) {
    process.stdout.write(listRules());
    return CHECK_EXIT.ok;
  }
  const { ConfigError, configGrammarFiles, findConfig, loadConfig } = await import('../check/config.js');
  const { applySuppressions, buildSuppressions, loadSuppressions, suppressionKey } = await import('../check/suppressions.js');
  const { loadIgnoreFiles } = await import('../check/ignore-files.js');
  const cwd = process.cwd();
  let config: Config = {};
  let configPath: string | undefined;
  let suppressions: Suppressions = {};
  const suppressionsPath = opts.suppressions ?? DEFAULT_SUPPRESSIONS;
  try {
    configPath = opts.config ?? findConfig(cwd);
    if (configPath) config = loadConfig(configPath);
    if (!opts.suppressAll) suppressions = loadSuppressions(suppressionsPath);
  } catch (error) {
    if (error instanceof ConfigError) {
      errorLine(null, error.message);
      return CHECK_EXIT.couldNotRun;
    }
    throw error;
  }
  const grammarFiles = [...configGrammarFiles(config, configPath), ...opts.grammar];
  const ignoreFiles = loadIgnoreFiles(cwd);
  const ignore = [...opts.ignore, ...(config.ignore ?? [])];
  if (opts.printConfig !== undefined) {
    process.stdout.write(`${JSON.stringify(resolvedConfig(opts.printConfig, config, configPath, grammarFiles, ignoreFiles, ignore), null, 2)}\n`);
    return CHECK_EXIT.ok;
  }
  // A bad grammar file stops the run before any input is read (GrammarError: exit 2).
  const { grammars, settings } = await loadGrammarFiles(grammarFiles);
  const rules = config.rules as RuleSettings | undefined;

  const args = patterns.length === 0 && opts.stdinFilename !== undefined ? ['-'] : patterns;
  const expanded = await resolveInputs(args, ignore, 'to check ("-" reads standard input)', { cwd });
  if (!expanded) return CHECK_EXIT.couldNotRun;
  const { unmatched } = expanded;
  // The ignore files leave out what directories and globs expand to, not a file named as an argument.
  const named = new Set(args);
  const files = expanded.files.filter((f) => f === '-' || named.has(f) || !ignoreFiles.ignores(f));
  if (files.length === 0) {
    errorLine(null, `every input matched is ignored (${ignoreFiles.files.join(', ')})`);
    return CHECK_EXIT.couldNotRun;
  }
  const cache = opts.cache
    ? new CheckCache(opts.cacheLocation ?? DEFAULT_CACHE, VERSION, sha256(JSON.stringify({ rules: rules ?? {}, grammars: settings.grammars ?? {} })))
    : undefined;

  const extractResult = async (file: string): Promise<CachedResult> => {
    const input = await readInput(file, { grammars, rules, maxSize: opts.maxSize, path: file === '-' ? opts.stdinFilename : undefined });
    return 'error' in input ? { error: input.error } : { diagnostics: input.plan.diagnostics };
  };
  const resultOf = async (file: string): Promise<CachedResult> => {
    if (!cache || file === '-') return extractResult(file);
    // Only regular files within the size limit are hashed; the rest are refused by readInput.
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile() || info.size > (opts.maxSize ?? DEFAULT_MAX_SIZE)) return extractResult(file);
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) return extractResult(file); // reported as unreadable, not cached
    const hash = sha256(bytes);
    const cached = cache.get(file, hash);
    if (cached) return cached;
    const result = await extractResult(file);
    cache.set(file, hash, result);
    return result;
  };

  const results: FileResult[] = [];
  const recorded: Array<{ key: string; diagnostics: Diagnostic[] }> = [];
  for (const file of files) {
    const path = file === '-' ? (opts.stdinFilename ?? '-') : file;
    const result = await resultOf(file);
    if ('error' in result) {
      errorLine(path, result.error);
      results.push({ path, error: result.error, messages: [], suppressed: [] });
      continue;
    }
    const diagnostics = [...result.diagnostics].sort(byPlace);
    const key = path === '-' ? '-' : suppressionKey(path, suppressionsPath);
    if (opts.suppressAll) {
      recorded.push({ key, diagnostics });
      results.push({ path, messages: [], suppressed: diagnostics });
      continue;
    }
    const { reported, suppressed } = applySuppressions(diagnostics, path === '-' ? undefined : suppressions[key]);
    results.push({ path, messages: opts.quiet ? reported.filter((d) => d.severity === 'error') : reported, suppressed });
  }
  if (cache) {
    cache.save();
    if (/\bcache\b/u.test(process.env.PLAN_EXTRACT_DEBUG ?? '')) {
      process.stderr.write(`plan-extract: cache ${cache.path}: ${cache.counts.reused} reused, ${cache.counts.checked} checked\n`);
    }
  }

  if (opts.suppressAll) {
    const previous = (() => {
      try {
        return loadSuppressions(suppressionsPath);
      } catch {
        return {};
      }
    })();
    const checked = new Set(recorded.map((r) => r.key));
    const merged: Suppressions = {};
    for (const [key, value] of Object.entries(previous)) if (!checked.has(key)) merged[key] = value;
    Object.assign(merged, buildSuppressions(recorded.filter((r) => r.key !== '-')));
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (!(await writeOutputFile(suppressionsPath, `${JSON.stringify(sorted, null, 2)}\n`))) return CHECK_EXIT.couldNotRun;
    const count = recorded.reduce((n, r) => n + r.diagnostics.length, 0);
    process.stderr.write(`plan-extract: recorded ${count} problem${count === 1 ? '' : 's'} of ${recorded.length} file${recorded.length === 1 ? '' : 's'} in ${suppressionsPath}\n`);
  }

  const output = report(opts.format ?? opts.reporter ?? 'stylish', results, { cwd, version: VERSION });
  if (!(await writeOutput(outputTarget(opts), output))) return CHECK_EXIT.couldNotRun;

  const t = totals(results);
  if (t.errors > 0 || t.unreadable > 0 || unmatched.length > 0) return CHECK_EXIT.problems;
  if (opts.maxWarnings >= 0 && !opts.quiet && t.warnings > opts.maxWarnings) {
    errorLine(null, `too many warnings (${t.warnings}, at most ${opts.maxWarnings} allowed by --max-warnings)`);
    return CHECK_EXIT.problems;
  }
  return CHECK_EXIT.ok;
}

