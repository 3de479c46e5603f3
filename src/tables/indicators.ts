// The `indicators` table: one row per indicator, with ranges as two numbers and the problems
// found with it as flags.
import type { Indicator, Plan } from '../schema.js';
import { col, DOCUMENT_ROW_COLUMNS, type Row, type Table } from './columns.js';
import { indicatorFlags } from './flags.js';
import { sectionAt, type NumberedSection } from './sections.js';

/** Comparators as words: a bare "=" or "<=" in a cell is read as a formula by spreadsheets. */
export const COMPARATOR_WORDS: Record<NonNullable<Indicator['comparator']>, string> = {
  '>=': 'at-least',
  '<=': 'at-most',
  '=': 'equal',
  '~': 'about',
  range: 'range',
  max: 'up-to',
};

/** Flags are joined by this in the one `flags` cell (rule ids hold no semicolon). */
export const FLAG_SEPARATOR = ';';

export const indicatorsTable: Table = {
  name: 'indicators',
  key: ['document', 'seq'],
  columns: [
    ...DOCUMENT_ROW_COLUMNS,
    col('sectionSeq', 'integer', 'sections.seq of the innermost section holding the indicator (null outside the outline)'),
    col('section', 'string', 'markers of the enclosing sections, joined by " > "'),
    col('metric', 'string', 'the metric as named in the text'),
    col('metricId', 'string', 'id of the canonical metric (grammars/metrics.yaml), null when none matches'),
    col('value', 'number', 'the value as written; null for a range or a value lost in the source'),
    col('valueMin', 'number', 'lower end of a range (the value itself for a single value)'),
    col('valueMax', 'number', 'upper end of a range (the value itself for a single value)'),
    col('unit', 'string', 'the unit as written: % ‰ /10万 岁 个百分点 …'),
    col('normalized', 'number', 'the value as a plain number where the unit allows (4‰ → 0.004); null for a range'),
    col('normalizedMin', 'number', 'lower end of the normalized range (the normalized value for a single value)'),
    col('normalizedMax', 'number', 'upper end of the normalized range (the normalized value for a single value)'),
    col('comparator', 'string', 'at-least, at-most, equal, about, range or up-to'),
    col('kind', 'string', 'target, change, baseline or actual'),
    col('year', 'integer', 'the year the value is for'),
    col('damaged', 'boolean', 'true when the number was lost in the source'),
    col('flags', 'string', 'rule ids of the problems found with the indicator, joined by ";" (null when none)'),
    col('text', 'string', 'the sentence the indicator was read from'),
    col('line', 'integer', 'line in the source, from 1'),
    col('column', 'integer', 'column in the source, from 1'),
  ],
};

type Amount = Indicator['value'] | undefined;

/** value, min and max of a number or a [min, max] range. */
function spread(v: Amount): [number | null, number | null, number | null] {
  if (v === null || v === undefined) return [null, null, null];
  return Array.isArray(v) ? [null, v[0], v[1]] : [v, v, v];
}

export function indicatorRows(document: string, plan: Plan, sections: readonly NumberedSection[]): Row[] {
  const flags = indicatorFlags(plan);
  return plan.indicators.map((i, n) => {
    const [value, valueMin, valueMax] = spread(i.value);
    const [normalized, normalizedMin, normalizedMax] = spread(i.normalized);
    const own = flags[n]!;
    return {
      document,
      seq: n + 1,
      sectionSeq: sectionAt(sections, i.position.start.offset)?.seq ?? null,
      section: i.section && i.section.length > 0 ? i.section.join(' > ') : null,
      metric: i.metric,
      metricId: i.metricId ?? null,
      value,
      valueMin,
      valueMax,
      unit: i.unit,
      normalized,
      normalizedMin,
      normalizedMax,
      comparator: i.comparator === null ? null : COMPARATOR_WORDS[i.comparator],
      kind: i.kind,
      year: i.year,
      damaged: i.damaged === true,
      flags: own.length > 0 ? own.join(FLAG_SEPARATOR) : null,
      text: i.text,
      line: i.position.start.line,
      column: i.position.start.column,
    };
  });
}
