// plan-extract as a library: the pipeline as one call (extract, extractMany, check), as unified
// plugins to compose (planParse … planCheck), the cross-document comparison, and the grammars.
export {
  extract,
  createProcessor,
  loadGrammars,
  type ExtractOptions,
  type GrammarInput,
  type ProcessorOptions,
} from './pipeline.js';
export { extractMany, type ManyInput, type ManyOptions, type ManyResult } from './batch/many.js';
export { createExtractPool, ExtractPool, type ExtractPoolOptions } from './batch/extract-pool.js';
export { check } from './check/api.js';
export { DecodeError } from './decode/decode.js';
export * from './schema.js';

// The unified plugins, in pipeline order. Each takes its part of the grammars as its options and
// defaults to the shipped grammars: unified().use(planParse).use(planBlocks).use(planOutline, { grammar }) …
export { planParse, type ParseOptions } from './parse/plain.js';
export { planBlocks, type BlocksOptions } from './blocks/plugin.js';
export { planOutline, type OutlineOptions } from './outline/plugin.js';
export { planMeta, type MetaOptions } from './meta/plugin.js';
export { planDates, type DateOptions } from './dates/plugin.js';
export { planIndicators } from './indicators/plugin.js';
export { planMetrics, type MetricOptions } from './metrics/plugin.js';
export { planCheck, type CheckOptions } from './check/plugin.js';
export { RULES, ruleById } from './check/registry.js';
export type { Rule, RuleOption, RuleOptionValue, RuleSetting, RuleSettings, RuleSeverity } from './check/types.js';
export type { PlanTree } from './tree.js';

export {
  compare,
  documentLabel,
  formatComparison,
  formatCell,
  formatValue,
  COMPARE_FORMATS,
  COMPARISON_VERSION,
  type Comparison,
  type ComparisonCell,
  type ComparisonColumn,
  type ComparisonRow,
  type ComparisonValue,
  type CompareFormat,
  type CompareOptions,
  type FailedDocument,
  type PopulationGroup,
  type ComparisonDiagnostic,
} from './compare/index.js';
export { matchMetric, normalizeMetric } from './metrics/match.js';
export { compileGrammars, defaultGrammars, type Grammars, type GrammarSources } from './grammar/grammars.js';
export { compileUserGrammars, mergeUserGrammars, readGrammarFile, readMetricsFile, type NamedGrammar, type UserGrammar } from './grammar/user.js';
export { validateGrammarSources } from './grammar/validate.js';
export { GrammarError } from './grammar/common.js';
export { compileMetricGrammar, type MetricGrammar, type MetricDefinition } from './grammar/metrics.js';
export { metricGrammarSchema } from './grammar/schemas.js';
export {
  planTables,
  documentId,
  TABLES,
  TABLE_NAMES,
  COMPARATOR_WORDS,
  FLAG_SEPARATOR,
  type Table,
  type TableName,
  type TableRows,
  type TablesOptions,
  type Column,
  type ColumnType,
  type Row,
  type Cell,
} from './tables/index.js';
