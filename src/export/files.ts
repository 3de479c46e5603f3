// Writes the tidy tables into a directory, one file per table (documents.csv, sections.csv …).
// CSV and NDJSON are streamed document by document; Parquet is written whole at the end. Each
// file is written under a temporary name and renamed when complete, so a reader never sees half
// a table and an interrupted run leaves the previous files as they were.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLE_NAMES, TABLES, emptyTableRows, type TableName, type TableRows } from '../tables/index.js';
import { CSV_BOM, csvHeader, csvRecords } from '../serialize/csv.js';
import { ndjsonRecords } from './ndjson.js';
import type { TableFormat } from './formats.js';

export { TABLE_FORMATS, type TableFormat } from './formats.js';


export interface TableFiles {
  /** Adds one document's rows. */
  add(rows: TableRows): Promise<void>;
  /** Finishes every file and moves it into place; returns the paths written. */
  close(): Promise<string[]>;
  /** Drops the temporary files (nothing in the directory changes). */
  abort(): Promise<void>;
}

const tableFile = (dir: string, table: TableName, format: TableFormat) => join(dir, `${table}.${format}`);
const temporary = (file: string) => `${file}.${process.pid}.tmp`;

function write(stream: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    const drained = stream.write(chunk);
    const done = () => {
      stream.off('error', reject);
      resolve();
    };
    if (drained) done();
    else stream.once('drain', done);
  });
}

const finish = (stream: WriteStream) =>
  new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });

/** Text formats: a stream per table, each document's rows appended as they come. */
async function openTextFiles(dir: string, format: 'csv' | 'ndjson'): Promise<TableFiles> {
  const streams = new Map<TableName, WriteStream>();
  for (const name of TABLE_NAMES) {
    const stream = createWriteStream(temporary(tableFile(dir, name, format)));
    streams.set(name, stream);
    if (format === 'csv') await write(stream, CSV_BOM + csvHeader(TABLES[name]));
  }
  const records = format === 'csv' ? csvRecords : ndjsonRecords;
  return {
    async add(rows) {
      for (const name of TABLE_NAMES) {
        if (rows[name].length > 0) await write(streams.get(name)!, records(TABLES[name], rows[name]));
      }
    },
    async close() {
      const written: string[] = [];
      for (const name of TABLE_NAMES) {
        const file = tableFile(dir, name, format);
        await finish(streams.get(name)!);
        await rename(temporary(file), file);
        written.push(file);
      }
      return written;
    },
    async abort() {
      for (const name of TABLE_NAMES) {
        streams.get(name)!.destroy();
        await rm(temporary(tableFile(dir, name, format)), { force: true });
      }
    },
  };
}

/** Parquet: rows kept until the end, then one file per table. */
function openParquetFiles(dir: string, createdBy: string): TableFiles {
  const all = emptyTableRows();
  return {
    async add(rows) {
      for (const name of TABLE_NAMES) for (const row of rows[name]) all[name].push(row);
    },
    async close() {
      const { parquetBytes } = await import('./parquet.js');
      const written: string[] = [];
      for (const name of TABLE_NAMES) {
        const file = tableFile(dir, name, 'parquet');
        await writeFile(temporary(file), await parquetBytes(TABLES[name], all[name], createdBy));
        await rename(temporary(file), file);
        written.push(file);
      }
      return written;
    },
    async abort() {
      for (const name of TABLE_NAMES) await rm(temporary(tableFile(dir, name, 'parquet')), { force: true });
    },
  };
}

/** Opens the table files of `format` in `dir` (created when missing). */
export async function openTableFiles(dir: string, format: TableFormat, createdBy: string): Promise<TableFiles> {
  await mkdir(dir, { recursive: true });
  return format === 'parquet' ? openParquetFiles(dir, createdBy) : openTextFiles(dir, format);
}
