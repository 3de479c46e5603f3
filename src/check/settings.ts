// Rule settings (a severity, "off", or [severity, options]): what they say for one rule. No zod:
// the configuration file is validated in config.ts; programs pass settings to extract() and check().
import type { Rule, RuleOptionValue, RuleSetting, RuleSeverity } from './types.js';

/** The severity a setting gives ("off" included), or undefined when the setting names none. */
export function settingSeverity(setting: RuleSetting | undefined): RuleSeverity | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting[0];
}

/** A rule's options: its declared defaults, overridden by those of the setting. */
export function ruleOptions(rule: Rule, setting: RuleSetting | undefined): Record<string, RuleOptionValue> {
  const out: Record<string, RuleOptionValue> = {};
  for (const [name, option] of Object.entries(rule.options ?? {})) out[name] = option.default;
  if (setting !== undefined && typeof setting !== 'string') {
    for (const [name, value] of Object.entries(setting[1] ?? {})) if (value !== undefined) out[name] = value;
  }
  return out;
}
