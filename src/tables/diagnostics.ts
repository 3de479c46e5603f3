// The `diagnostics` table: one row per diagnostic, as `plan-extract check` reports them.
import type { Plan } from '../schema.js';
import { col, DOCUMENT_ROW_COLUMNS, type Row, type Table } from './columns.js';

export const diagnosticsTable: Table = {
  name: 'diagnostics',
  key: ['document', 'seq'],
  columns: [
    ...DOCUMENT_ROW_COLUMNS,
    col('rule', 'string', 'rule id, e.g. indicator/implausible-unit'),
    col('severity', 'string', 'error, warning or info'),
    col('message', 'string', 'what is wrong'),
    col('line', 'integer', 'line in the source, from 1'),
    col('column', 'integer', 'column in the source, from 1'),
    col('endLine', 'integer', 'line where the span ends'),
    col('endColumn', 'integer', 'column where the span ends'),
  ],
};

export function diagnosticRows(document: string, plan: Plan): Row[] {
  return plan.diagnostics.map((d, n) => ({
    document,
    seq: n + 1,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.position.start.line,
    column: d.position.start.column,
    endLine: d.position.end.line,
    endColumn: d.position.end.column,
  }));
}
