// The rule registry: every diagnostic id plan-extract can emit, with its default severity and its
// documentation. The check stage runs the rules that have a check function; the others are emitted
// by their own stages and listed here so configuration can set their severity.
import { encodingMixedWidthPunctuation } from './rules/encoding-mixed-width-punctuation.js';
import { encodingReplacementCharacter } from './rules/encoding-replacement-character.js';
import { numberingDuplicate } from './rules/numbering-duplicate.js';
import { numberingGap } from './rules/numbering-gap.js';
import { numberingLevelSkip } from './rules/numbering-level-skip.js';
import { numberingOutOfOrder } from './rules/numbering-out-of-order.js';
import { dateLostSeparator, encodingUncertain, indicatorImplausibleUnit, indicatorMissingValue, parseTooDeep } from './rules/other-stages.js';
import { outlineEmptySection } from './rules/outline-empty-section.js';
import { outlineUnclosedQuote } from './rules/outline-unclosed-quote.js';
import { tableMissing } from './rules/table-missing.js';
import { textEmpty } from './rules/text-empty.js';
import { textTruncated } from './rules/text-truncated.js';
import type { Rule } from './types.js';
import { VERSION } from '../cli/version.js';

/** The rule documentation of this version (docs/check.md ships in the package). */
export const RULE_DOCS = `https://unpkg.com/plan-extract@${VERSION}/docs/check.md`;

/** Where a rule is documented: its anchor in docs/check.md. */
export const ruleUrl = (id: string): string => `${RULE_DOCS}#rule-${id.replace(/\//gu, '-')}`;

const REGISTERED: readonly Rule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOutOfOrder,
  numberingLevelSkip,
  outlineEmptySection,
  outlineUnclosedQuote,
  tableMissing,
  textTruncated,
  textEmpty,
  encodingUncertain,
  parseTooDeep,
  encodingReplacementCharacter,
  encodingMixedWidthPunctuation,
  indicatorMissingValue,
  indicatorImplausibleUnit,
  dateLostSeparator,
];

export const RULES: readonly Rule[] = REGISTERED.map((rule) => ({ ...rule, url: ruleUrl(rule.id) }));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

