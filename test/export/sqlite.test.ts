// The export database written through the library: one transaction per document.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openExportDatabase } from '../../src/export/sqlite.js';
import { extract } from '../../src/pipeline.js';
import { planTables } from '../../src/tables/index.js';
import { readSeed } from '../helpers.js';

const ID = 'seeds/004_05f020d46ba48b5f.txt';

async function seedRows() {
  return planTables(await extract(readSeed('004_05f020d46ba48b5f'), { path: ID }), { extractorVersion: '1.0.0' });
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('openExportDatabase', () => {
  it('should support replacing a document whole', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plan-extract-db-')), 'c.sqlite');
    const rows = await seedRows();
    const db = await openExportDatabase(file);
    db.put(ID, rows);
    db.put(ID, { ...rows, documents: [{ ...rows.documents[0]!, sha256: 'b'.repeat(64) }], indicators: rows.indicators.slice(0, 2) });
    expect(db.stored(ID)).toEqual({ sha256: 'b'.repeat(64), extractorVersion: '1.0.0' });
    db.close();
    expect(count(file, 'indicators')).toBe(2);
    expect(count(file, 'sections')).toBe(rows.sections.length);
  });

  it('should not support a half-written document when writing it fails (the old one stays)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plan-extract-db-')), 'c.sqlite');
    const rows = await seedRows();
    const db = await openExportDatabase(file);
    db.put(ID, rows);
    // A duplicate key in the middle of the new rows: the insert fails after the old rows were deleted.
    const broken = { ...rows, documents: [{ ...rows.documents[0]!, sha256: 'c'.repeat(64) }], indicators: [...rows.indicators, rows.indicators[0]!] };
    expect(() => db.put(ID, broken)).toThrow();
    expect(db.stored(ID)?.sha256).toBe(rows.documents[0]!.sha256);
    db.close();
    expect(count(file, 'indicators')).toBe(rows.indicators.length);
    expect(count(file, 'diagnostics')).toBe(rows.diagnostics.length);
  });
});
