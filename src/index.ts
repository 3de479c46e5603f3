// plan-extract as a library.
export { extract, createProcessor, type ExtractOptions, type ProcessorOptions } from './pipeline.js';
export { DecodeError } from './decode/decode.js';
export * from './schema.js';
export {
  compare,
  documentLabel,
  formatComparison,
  formatCell,
  formatValue,
  COMPARE_FORMATS,
  type Comparison,
  type ComparisonCell,
  type ComparisonColumn,
  type ComparisonRow,
  type ComparisonValue,
  type CompareFormat,
  type CompareOptions,
  type FailedDocument,
} from './compare/index.js';
export { matchMetric, normalizeMetric } from './metrics/match.js';
export { compileGrammars, defaultGrammars, type Grammars, type GrammarSources } from './grammar/grammars.js';
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
