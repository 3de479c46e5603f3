// The export database (SQLite through better-sqlite3, loaded only by `export --db`). Documents
// are keyed by id; a document whose bytes (sha256) and plan-extract version are those already
// stored is skipped, any other is replaced whole — its old rows deleted and the new ones inserted
// in one transaction, so an interrupted run leaves every document either as it was or as it is
// now, never half-written.
import type BetterSqlite3 from 'better-sqlite3';
import { TABLE_NAMES, TABLES, type Cell, type TableRows } from '../tables/index.js';
import { DATABASE_LAYOUT, layoutStatements, q } from './sqlite-schema.js';

export class DatabaseError extends Error {}

export interface StoredDocument {
  sha256: string;
  extractorVersion: string;
}

export interface ExportDatabase {
  /** What is stored for a document id, or undefined. */
  stored(id: string): StoredDocument | undefined;
  /** Replaces (or adds) one document and all its rows, in one transaction. */
  put(id: string, rows: TableRows): void;
  close(): void;
}

const sqlValue = (v: Cell): string | number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** Creates the layout in a new file, or checks that an existing file has this layout. */
function prepareLayout(db: BetterSqlite3.Database): void {
  db.pragma('foreign_keys = ON');
  const hasLayout = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plan_extract'`).get() !== undefined;
  if (!hasLayout) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number };
    if (tables.n > 0) throw new DatabaseError('is a database of something else (no plan_extract table): give a new file');
    db.transaction(() => layoutStatements().forEach((s) => db.exec(s)))();
    return;
  }
  const layout = db.prepare(`SELECT value FROM plan_extract WHERE key = 'layout'`).get() as { value: string } | undefined;
  if (layout?.value !== String(DATABASE_LAYOUT))
    throw new DatabaseError(`was written with database layout ${layout?.value ?? '?'}, this plan-extract writes layout ${DATABASE_LAYOUT}: give a new file`);
}

/**
 * better-sqlite3 is an optional peer dependency (it is 28 MB with SQLite compiled in, and only
 * `export --db` needs it): when it is missing, one line says how to add it.
 */
async function loadSqlite(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new DatabaseError('needs the optional package better-sqlite3: run `npm install better-sqlite3@12` beside plan-extract');
    throw new DatabaseError(`better-sqlite3 could not be loaded: ${(error as Error).message}`);
  }
}

/** Opens (creating when new) an export database; DatabaseError when it cannot be used. */
export async function openExportDatabase(file: string): Promise<ExportDatabase> {
  const Database = await loadSqlite();
  let opened: BetterSqlite3.Database | undefined;
  try {
    opened = new Database(file);
    prepareLayout(opened);
  } catch (error) {
    opened?.close();
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(`cannot be used as a database: ${(error as Error).message}`);
  }
  const db = opened;

  const lookup = db.prepare(`SELECT sha256, extractorVersion FROM documents WHERE id = ?`);
  const remove = db.prepare(`DELETE FROM documents WHERE id = ?`);
  const inserts = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const columns = TABLES[name].columns;
      return [name, db.prepare(`INSERT INTO ${q(name)} (${columns.map((c) => q(c.name)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)];
    }),
  );
  const put = db.transaction((id: string, rows: TableRows) => {
    remove.run(id);
    for (const name of TABLE_NAMES) {
      const columns = TABLES[name].columns;
      for (const row of rows[name]) inserts[name]!.run(columns.map((c) => sqlValue(row[c.name] ?? null)));
    }
  });
  return {
    stored: (id) => lookup.get(id) as StoredDocument | undefined,
    put: (id, rows) => put(id, rows),
    close: () => db.close(),
  };
}
