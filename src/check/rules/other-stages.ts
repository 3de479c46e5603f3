// Rules emitted by other stages. They are registered here (without a check function) so that
// configuration can set their severity or turn them off, and so that they are documented with the rest.
import type { Rule } from '../types.js';

export const encodingUncertain: Rule = {
  id: 'encoding/uncertain',
  severity: 'error',
  emittedBy: 'decode',
  description:
    'The file is not UTF-8 and has no byte order mark, and no candidate encoding (GB18030, Big5, UTF-16) reads clearly as Chinese text, ' +
    'so the text, its title and its indicators may be garbled. Reported at the start of the file; convert the file to UTF-8 and run again.',
  bad: '(the bytes of a Big5 file too short to tell from GB18030, or random bytes that happen to decode)',
  good: '(the same file converted to UTF-8)',
};

export const parseTooDeep: Rule = {
  id: 'parse/too-deep',
  severity: 'warning',
  emittedBy: 'parse',
  description:
    'A markdown file nests block quotes, lists, emphasis or brackets far deeper than any real document (more than 32 containers on a line, or more than 64 marks open in a paragraph), ' +
    'which the markdown reader cannot take in reasonable time. The file is read as plain text instead: nothing is lost, but its markdown syntax is kept as text.',
  bad: '(a .md file of 20,000 `*`, a word and 20,000 `*`, or a list nested 1,000 deep)',
  good: '(the same text with emphasis and lists nested a few levels deep)',
};

export const indicatorMissingValue: Rule = {
  id: 'indicator/missing-value',
  severity: 'warning',
  emittedBy: 'indicators',
  description: 'An indicator names its metric and unit but its number is gone ("婴儿死亡率由‰下降到‰"): the numbers were lost when the text was copied.',
  bad: '婴儿死亡率由‰下降到‰。',
  good: '婴儿死亡率由5.2‰下降到4.1‰。',
};

export const indicatorImplausibleUnit: Rule = {
  id: 'indicator/implausible-unit',
  severity: 'warning',
  emittedBy: 'indicators',
  description: 'An indicator\'s unit does not fit its metric ("婴儿死亡率…控制在7.0%", where ‰ is surely meant), so its value is off by a factor; or its value lies outside the plausible range that grammars/metrics.yaml gives its metric for that unit (人均预期寿命 780岁). Only levels are judged: a change (下降15%, 提高1.2岁), also one a review states as reached, is none, nor is a death rate given in % (重大慢性病过早死亡率).',
  bad: '婴儿死亡率、5岁以下儿童死亡率分别控制在7.0%和9.5%以内。',
  good: '婴儿死亡率、5岁以下儿童死亡率分别控制在7.0‰和9.5‰以内。',
};

export const dateLostSeparator: Rule = {
  id: 'date/lost-separator',
  severity: 'warning',
  emittedBy: 'dates',
  description: 'Two years run together with the dash between them lost ("20232025年"), so the span reads as one impossible year.',
  bad: '编制《健康宝山行动（20232025年）》。',
  good: '编制《健康宝山行动（2023—2025年）》。',
};
