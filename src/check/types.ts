// What a check rule is: an id, a default severity, documentation (a plain-words description, a
// bad and a good example), and, for the rules of the check stage, the function that finds
// problems. Rules emitted by other stages (indicator/…, date/…) are registered without one, so
// configuration can still set their severity.
import type { VFile } from 'vfile';
import type { Severity } from '../schema.js';
import type { Locator } from '../text/locate.js';
import type { PlanTree } from '../tree.js';
import type { TreeWalks } from './tree-walks.js';

export interface RuleContext {
  tree: PlanTree;
  /** The decoded text the tree's offsets point into. */
  text: string;
  file: VFile;
  locator: Locator;
  /** The rule's options: its declared defaults, overridden by the configuration's. */
  options: Readonly<Record<string, RuleOptionValue>>;
  /** Reports a problem at text[start, end) under this rule, with its default severity. */
  report(message: string, start: number, end?: number): void;
  /** The tree's walks several rules read (leaves, sections, numbering issues), shared by the rules of one run. */
  walks: TreeWalks;
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
  /** Where the rule is documented (SARIF helpUri, the stylish report). Set by the registry. */
  url?: string;
  /** Options the configuration may set (`rules: { id: [severity, { name: value }] }`), with their defaults. */
  options?: Readonly<Record<string, RuleOption>>;
  check?(context: RuleContext): void;
}

export type RuleOptionValue = number | boolean | string;

/** One option of a rule: its type, default and meaning (validated by the configuration's schema). */
export interface RuleOption {
  type: 'integer' | 'boolean' | 'string';
  default: RuleOptionValue;
  /** Least value of an integer option. */
  minimum?: number;
  description: string;
}

/** A rule's severity in a configuration, or "off". */
export type RuleSeverity = Severity | 'off';

/** Setting for one rule in a configuration: a severity or "off", or [severity, options] as in eslint. */
export type RuleSetting = RuleSeverity | readonly [RuleSeverity, Readonly<Record<string, RuleOptionValue | undefined>>?];

/** Settings by rule id; rules not named keep their default severity and options. */
export type RuleSettings = Readonly<Record<string, RuleSetting | undefined>>;
