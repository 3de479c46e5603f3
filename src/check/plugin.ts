// unified transformer: the check stage. Runs every rule of the registry that has a check function
// and reports its findings as VFile messages (rule id, severity, place), like remark-lint.
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { fileView, type PlanTree } from '../tree.js';
import { flagIndicators } from './flags.js';
import { RULES } from './registry.js';
import type { RuleContext, RuleSetting } from './types.js';

export interface CheckOptions {
  /** Severity per rule id, or "off"; rules not named keep their default. */
  rules?: Readonly<Record<string, RuleSetting | undefined>>;
}

export function runChecks(tree: PlanTree, file: VFile, options: CheckOptions = {}): void {
  // The file's own view: its locator is already built (same text as file.value).
  const { source: text, locator } = fileView(file);
  for (const rule of RULES) {
    if (!rule.check) continue;
    const setting = options.rules?.[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const context: RuleContext = {
      tree,
      text,
      file,
      locator,
      report: (message, start, end = start) => report(file, locator, rule.id, setting, message, start, Math.max(start, end)),
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule that fails must not take the document down with it.
      report(file, locator, 'check/internal', 'error', `rule ${rule.id} failed: ${(error as Error).message}`, 0, 0);
    }
  }
}

export function planCheck(options: CheckOptions = {}) {
  return (tree: PlanTree, file: VFile): void => {
    runChecks(tree, file, options);
    // Last: every stage has reported by now.
    flagIndicators(tree, file, options.rules);
  };
}
