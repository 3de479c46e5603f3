// The shape of a comparison (what compare() returns and `plan-extract compare -f json` prints).
// Published as schemas/compare.schema.json from src/compare/schema.ts, which tests keep equal.
import type { Indicator } from '../schema.js';

/** Version of the comparison's JSON shape. */
export const COMPARISON_VERSION = 1;

/** An input that could not be turned into a plan: shown as a failed column. */
export interface FailedDocument {
  path: string | null;
  error: string;
}

export interface ComparisonColumn {
  /** region + plan years + kind: "贵阳市 2020 工作要点", "辽源市 2021–2025 五年规划". */
  label: string;
  path: string | null;
  title: string | null;
  region: string | null;
  planYears: [number, number] | null;
  kind: string | null;
  /** Set when the document failed; its cells are all null. */
  error?: string;
}

/** Where a value was read: document (its column's path), line, column and the source text. */
export interface SourceRef {
  path: string | null;
  line: number;
  column: number;
  /** The indicator's source text. */
  text: string;
}

/** One indicator as a comparison shows it. */
export interface ComparisonValue extends SourceRef {
  value: Indicator['value'];
  unit: string | null;
  comparator: Indicator['comparator'];
  kind: Indicator['kind'];
  year: number | null;
  /** The metric as the document writes it. */
  metric: string;
  /** The number was lost in the source (由‰下降到‰). */
  damaged: boolean;
  /** Rule ids of the problems found with the value (the indicator's flags): "indicator/implausible-unit". */
  flags: string[];
}

export interface ComparisonCell {
  /** Targets and changes the document sets for the metric, in document order. */
  targets: ComparisonValue[];
  /** The latest baseline (the starting level a plan measures from), one with a number preferred, or null. */
  baseline: ComparisonValue | null;
  /** The latest measured level (达到, 下降到… in a review of past years), one with a number preferred, or null. */
  actual: ComparisonValue | null;
}

export interface ComparisonRow {
  /** metricId for grammar metrics, "metric:<normalised name>" for the others; "@<class>" added
   *  for the values of a unit class other than the metric's own (air-quality-good-days@days). */
  key: string;
  metricId: string | null;
  /** Canonical name, or the name as first written; a unit class row names its unit: "城市空气质量优良天数（天）". */
  name: string;
  /** The class of every value of the row ("rate", "count", "days", "measure:微克/立方米"…; "none" when no value has a unit). */
  unitClass: string;
  /** One per column, in column order; null where the document says nothing about the metric. */
  cells: Array<ComparisonCell | null>;
}

/** An age that says whom a target or service is for (35—64岁妇女), kept apart from the metrics. */
export interface PopulationGroup extends SourceRef {
  /** Index of the document's column. */
  document: number;
  /** The group as written: 妇女, 重点人群. */
  group: string;
  value: Indicator['value'];
  unit: string | null;
  comparator: Indicator['comparator'];
}

/** A problem found while comparing, once per problem and place. */
export interface ComparisonDiagnostic extends SourceRef {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface Comparison {
  version: typeof COMPARISON_VERSION;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  populations: PopulationGroup[];
  diagnostics: ComparisonDiagnostic[];
}
