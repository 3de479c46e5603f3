// A tidy table as a Parquet file through hyparquet-writer (pure JavaScript), loaded only when
// Parquet is asked for. Column types follow the table: integer → INT32, number → DOUBLE,
// boolean → BOOLEAN, string → UTF-8 STRING; every column nullable.
import type { ColumnType, Row, Table } from '../tables/index.js';

const PARQUET_TYPES = { string: 'STRING', integer: 'INT32', number: 'DOUBLE', boolean: 'BOOLEAN' } as const satisfies Record<ColumnType, string>;

/** The bytes of a Parquet file holding `rows`. */
export async function parquetBytes(table: Table, rows: readonly Row[], createdBy: string): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((c) => ({
      name: c.name,
      type: PARQUET_TYPES[c.type],
      data: rows.map((r) => r[c.name] ?? null),
    })),
    createdBy,
  });
  return new Uint8Array(buffer);
}
