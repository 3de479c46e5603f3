// The `documents` table: one row per document — where it came from, what it is.
import type { Plan } from '../schema.js';
import { col, type Row, type Table } from './columns.js';

export const documentsTable: Table = {
  name: 'documents',
  key: ['id'],
  columns: [
    col('id', 'string', 'the document: its path relative to the working directory ("-" for standard input)'),
    col('path', 'string', 'the path as given on the command line (null for standard input)'),
    col('sha256', 'string', 'SHA-256 of the file bytes'),
    col('bytes', 'integer', 'file size in bytes'),
    col('encoding', 'string', 'the encoding the text was decoded from'),
    col('title', 'string', 'the document title'),
    col('issuer', 'string', 'the issuing body'),
    col('docNumber', 'string', 'the document number (文号)'),
    col('issueDate', 'string', 'date of issue, YYYY-MM-DD'),
    col('publishDate', 'string', 'date of publication, YYYY-MM-DD'),
    col('region', 'string', 'the region the plan is for'),
    col('regionCode', 'string', 'its administrative division code'),
    col('planYearFrom', 'integer', 'first year the plan covers'),
    col('planYearTo', 'integer', 'last year the plan covers'),
    col('kind', 'string', 'kind of plan (工作要点, 五年规划 …)'),
    col('extractorVersion', 'string', 'version of plan-extract that read the document'),
  ],
};

export function documentRow(plan: Plan, id: string, extractorVersion: string): Row {
  const { source, meta } = plan;
  return {
    id,
    path: source.path,
    sha256: source.sha256,
    bytes: source.bytes,
    encoding: source.encoding,
    title: meta.title,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    issueDate: meta.issueDate,
    publishDate: meta.publishDate,
    region: meta.region,
    regionCode: meta.regionCode,
    planYearFrom: meta.planYears?.[0] ?? null,
    planYearTo: meta.planYears?.[1] ?? null,
    kind: meta.kind,
    extractorVersion,
  };
}
