// The layout of the export database: the tidy tables with primary keys, foreign keys (every row
// belongs to a document; deleting the document deletes its rows) and indexes for the usual
// questions (by metric, by rule, by region). Generated from the table definitions so the columns
// are the ones of the CSV, NDJSON and Parquet files.
import { TABLE_NAMES, TABLES, type ColumnType, type Table, type TableName } from '../tables/index.js';

/** Bumped when the layout changes; a database of another layout is not written into. */
export const DATABASE_LAYOUT = 1;

const SQL_TYPES = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER' } as const satisfies Record<ColumnType, string>;

/** Quotes an identifier ("column" is an SQL keyword). */
export const q = (name: string): string => `"${name.replace(/"/gu, '""')}"`;

const FOREIGN_KEYS: Record<TableName, string[]> = {
  documents: [],
  sections: [
    `FOREIGN KEY (${q('document')}) REFERENCES ${q('documents')} (${q('id')}) ON DELETE CASCADE`,
    `FOREIGN KEY (${q('document')}, ${q('parentSeq')}) REFERENCES ${q('sections')} (${q('document')}, ${q('seq')})`,
  ],
  indicators: [
    `FOREIGN KEY (${q('document')}) REFERENCES ${q('documents')} (${q('id')}) ON DELETE CASCADE`,
    `FOREIGN KEY (${q('document')}, ${q('sectionSeq')}) REFERENCES ${q('sections')} (${q('document')}, ${q('seq')})`,
  ],
  dates: [`FOREIGN KEY (${q('document')}) REFERENCES ${q('documents')} (${q('id')}) ON DELETE CASCADE`],
  diagnostics: [`FOREIGN KEY (${q('document')}) REFERENCES ${q('documents')} (${q('id')}) ON DELETE CASCADE`],
};

const INDEXES: Array<[TableName, string[]]> = [
  ['documents', ['sha256']],
  ['documents', ['regionCode', 'planYearFrom']],
  ['sections', ['document', 'parentSeq']],
  ['indicators', ['metricId']],
  ['indicators', ['metric']],
  ['indicators', ['document', 'sectionSeq']],
  ['dates', ['kind']],
  ['diagnostics', ['rule']],
];

function createTable(table: Table): string {
  const columns = table.columns.map((c) => {
    const check = c.type === 'boolean' ? ` CHECK (${q(c.name)} IN (0, 1))` : '';
    const notNull = table.key.includes(c.name) ? ' NOT NULL' : '';
    return `  ${q(c.name)} ${SQL_TYPES[c.type]}${notNull}${check}`;
  });
  const constraints = [`  PRIMARY KEY (${table.key.map(q).join(', ')})`, ...FOREIGN_KEYS[table.name].map((f) => `  ${f}`)];
  return `CREATE TABLE ${q(table.name)} (\n${[...columns, ...constraints].join(',\n')}\n)`;
}

/** Every statement that creates an empty export database. */
export function layoutStatements(): string[] {
  return [
    `CREATE TABLE ${q('plan_extract')} (${q('key')} TEXT PRIMARY KEY, ${q('value')} TEXT NOT NULL)`,
    ...TABLE_NAMES.map((name) => createTable(TABLES[name])),
    ...INDEXES.map(([table, columns]) => `CREATE INDEX ${q(`${table}_${columns.join('_')}`)} ON ${q(table)} (${columns.map(q).join(', ')})`),
    `INSERT INTO ${q('plan_extract')} VALUES ('layout', '${DATABASE_LAYOUT}')`,
  ];
}
