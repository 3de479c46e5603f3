// Configuration of `plan-extract check`: .planextractrc.yaml (found from the working directory
// upwards) or --config FILE. Validated with zod; its JSON Schema is published in
// schemas/planextractrc.schema.json for editors.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RULES } from './registry.js';
import type { Rule, RuleOption } from './types.js';

export const CONFIG_NAMES = ['.planextractrc.yaml', '.planextractrc.yml'] as const;

export const ruleSettingSchema = z.enum(['error', 'warning', 'info', 'off']);

function optionSchema(option: RuleOption) {
  const base = option.type === 'integer' ? z.number().int().min(option.minimum ?? Number.MIN_SAFE_INTEGER) : option.type === 'boolean' ? z.boolean() : z.string();
  return base.optional().describe(`${option.description} Default: ${JSON.stringify(option.default)}.`);
}

/** A rule's setting: a severity or "off", or for a rule with options [severity, { option: value }]. */
function ruleSchema(rule: Rule) {
  const described = `${rule.description} Default: ${rule.severity}.`;
  if (!rule.options) return ruleSettingSchema.optional().describe(described);
  const options = z.object(Object.fromEntries(Object.entries(rule.options).map(([name, option]) => [name, optionSchema(option)]))).strict();
  return z.union([ruleSettingSchema, z.tuple([ruleSettingSchema]), z.tuple([ruleSettingSchema, options])]).optional().describe(`${described} Options: ${Object.keys(rule.options).join(', ')}.`);
}

export const configSchema = z
  .object({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors.'),
    rules: z
      .object(
        Object.fromEntries(RULES.map((r) => [r.id, ruleSchema(r)])) as Record<string, ReturnType<typeof ruleSchema>>,
      )
      .strict()
      .optional()
      .describe('Severity of each rule ("error", "warning", "info") or "off", or [severity, options] for a rule with options. Rules not named keep their default.'),
    ignore: z
      .array(z.string().min(1))
      .optional()
      .describe('Glob patterns of files that check never reads when it expands directories and globs (like --ignore).'),
    grammar: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .optional()
      .describe('User grammar file(s), relative to this file, merged with the shipped grammars (like --grammar).'),
  })
  .strict()
  .describe('Configuration of plan-extract check (.planextractrc.yaml).');

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** JSON Schema of the configuration file, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(configSchema, { io: 'input' }) as Record<string, unknown>),
    title: 'plan-extract check configuration',
  };
}

/** The first config file from `cwd` up to the file system root, if any. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const rule = issue.path[0] === 'rules' && issue.path.length > 1 ? RULES.find((r) => r.id === issue.path[1]) : undefined;
    const known = rule
      ? ` (options of ${rule.id}: ${Object.keys(rule.options ?? {}).join(', ')})`
      : where.startsWith('rules')
        ? ` (known rules: ${RULES.map((r) => r.id).join(', ')})`
        : ' (known: rules, ignore, grammar, $schema)';
    return `${where}: unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${keys}${known}`;
  }
  if (issue.code === 'invalid_value') return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/** Parses and validates a configuration; every problem is a ConfigError with one line of text. */
export function parseConfig(source: string, path: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(source) ?? {};
  } catch (error) {
    throw new ConfigError(`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(`${path}: ${result.error.issues.map(describeIssue).join('; ')}`);
  return result.data;
}

export function loadConfig(path: string): Config {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return parseConfig(source, path);
}

/** The grammar files a configuration names, resolved against the configuration file's folder. */
export function configGrammarFiles(config: Config, configPath: string | undefined): string[] {
  const files = config.grammar === undefined ? [] : Array.isArray(config.grammar) ? config.grammar : [config.grammar];
  return files.map((f) => (configPath ? resolve(dirname(configPath), f) : resolve(f)));
}
