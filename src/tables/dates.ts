// The `dates` table: one row per date mention (dates, deadlines, years, spans, periods).
import type { Plan } from '../schema.js';
import { col, DOCUMENT_ROW_COLUMNS, type Row, type Table } from './columns.js';

export const datesTable: Table = {
  name: 'dates',
  key: ['document', 'seq'],
  columns: [
    ...DOCUMENT_ROW_COLUMNS,
    col('kind', 'string', 'date, deadline, year, range, period or relative'),
    col('text', 'string', 'the mention as written'),
    col('value', 'string', 'ISO-like value ("2024-04-30", "2024"); null for a span or an unresolved mention'),
    col('valueFrom', 'string', 'start of a span (the value itself for a single date)'),
    col('valueTo', 'string', 'end of a span (the value itself for a single date)'),
    col('line', 'integer', 'line in the source, from 1'),
    col('column', 'integer', 'column in the source, from 1'),
  ],
};

export function dateRows(document: string, plan: Plan): Row[] {
  return plan.dates.map((d, n) => {
    const v = d.value;
    const [value, valueFrom, valueTo] = v === null ? [null, null, null] : Array.isArray(v) ? [null, v[0], v[1]] : [v, v, v];
    return {
      document,
      seq: n + 1,
      kind: d.kind,
      text: d.text,
      value,
      valueFrom,
      valueTo,
      line: d.position.start.line,
      column: d.position.start.column,
    };
  });
}
