// unified transformer: the check stage. Runs every rule of the registry that has a check function
// and reports its findings as VFile messages (rule id, severity, place), like remark-lint. Being
// the last stage, it also applies the configured severities to what earlier stages reported
// (indicator/…, date/…), so a processor composed with planCheck({ rules }) honours them all.
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { fileView, type PlanTree } from '../tree.js';
import { flagIndicators } from './flags.js';
import { RULES } from './registry.js';
import { ruleOptions, settingSeverity } from './settings.js';
import { TreeWalks } from './tree-walks.js';
import type { RuleContext, RuleSettings } from './types.js';

export interface CheckOptions {
  /** Per rule id: a severity, "off", or [severity, options]; rules not named keep their defaults. */
  rules?: RuleSettings;
}

/** Sets the configured severity on the messages of earlier stages and drops those of rules turned off. */
function applyToEarlierMessages(file: VFile, rules: RuleSettings): void {
  file.messages = file.messages.filter((m) => {
    const severity = settingSeverity(rules[m.ruleId ?? '']);
    if (severity === undefined) return true;
    if (severity === 'off') return false;
    m.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    return true;
  });
}

export function runChecks(tree: PlanTree, file: VFile, options: CheckOptions = {}): void {
  if (options.rules) applyToEarlierMessages(file, options.rules);
  // The file's own view: its locator is already built (same text as file.value).
  const { source: text, locator } = fileView(file);
  const walks = new TreeWalks(tree.children);
  for (const rule of RULES) {
    if (!rule.check) continue;
    const setting = options.rules?.[rule.id];
    const severity = settingSeverity(setting) ?? rule.severity;
    if (severity === 'off') continue;
    const context: RuleContext = {
      tree,
      text,
      file,
      locator,
      options: ruleOptions(rule, setting),
      report: (message, start, end = start) => report(file, locator, rule.id, severity, message, start, Math.max(start, end)),
      walks,
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule that fails must not take the document down with it.
      report(file, locator, 'check/internal', 'error', `rule ${rule.id} failed: ${(error as Error).message}`, 0, 0);
    }
  }
}

/** The check stage as a unified plugin: `unified().use(…).use(planCheck, { rules })`. */
export function planCheck(options: CheckOptions = {}) {
  return (tree: PlanTree, file: VFile): void => {
    runChecks(tree, file, options);
    // Last: every stage has reported by now.
    flagIndicators(tree, file, options.rules);
  };
}
