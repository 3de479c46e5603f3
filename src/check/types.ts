// What a check rule is: an id, a default severity, documentation (a plain-words description, a
// bad and a good example), and, for the rules of the check stage, the function that finds
// problems. Rules emitted by other stages (indicator/…, date/…) are registered without one, so
// configuration can still set their severity.
import type { VFile } from 'vfile';
import type { Severity } from '../schema.js';
import type { Locator } from '../text/locate.js';
import type { PlanTree } from '../tree.js';

export interface RuleContext {
  tree: PlanTree;
  /** The decoded text the tree's offsets point into. */
  text: string;
  file: VFile;
  locator: Locator;
  /** Reports a problem at text[start, end) under this rule, with its default severity. */
  report(message: string, start: number, end?: number): void;
}

export interface Rule {
  id: string;
  /** Severity when no configuration says otherwise. */
  severity: Severity;
  /** One or two sentences in plain words: what is wrong and why it matters. */
  description: string;
  /** A text that triggers the rule. */
  bad: string;
  /** The same text without the problem. */
  good: string;
  /** The stage that emits the rule when it is not the check stage itself. */
  emittedBy?: string;
  check?(context: RuleContext): void;
}

/** Setting for one rule in a configuration: a severity, or "off". */
export type RuleSetting = Severity | 'off';
