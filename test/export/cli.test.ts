// `plan-extract export` through the real CLI, read back by independent readers: python3's csv
// and sqlite3 modules, and hyparquet for Parquet (the writer is hyparquet-writer).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../src/schema.js';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/tables/index.js';
import { ROOT, runCli, SEEDS, seedIds } from '../helpers.js';

const SEED_FILES = seedIds().map((id) => `seeds/${id}.txt`);

function python(script: string, ...args: string[]): unknown {
  const run = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Reads every table CSV with python's csv module; numeric columns must parse as numbers. */
const READ_CSV = `
import csv, json, sys
folder, spec = sys.argv[1], json.loads(sys.argv[2])
out = {}
for table, columns in spec.items():
    raw = open(f"{folder}/{table}.csv", "rb").read()
    assert raw.startswith(b"\\xef\\xbb\\xbf"), "no BOM"
    with open(f"{folder}/{table}.csv", encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == [c for c, _ in columns], reader.fieldnames
        rows = []
        for row in reader:
            for name, kind in columns:
                v = row[name]
                if kind in ("integer", "number"):
                    row[name] = None if v == "" else (int(v) if kind == "integer" else float(v))
                elif kind == "boolean":
                    assert v in ("true", "false"), v
                    row[name] = v == "true"
            rows.append(row)
    out[table] = rows
print(json.dumps(out, ensure_ascii=False))
`;

/** Row counts, keys and integrity of an export database, through python's sqlite3 module. */
const READ_DB = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
out = {"counts": {}, "keys": {}}
for t in ["documents", "sections", "indicators", "dates", "diagnostics"]:
    out["counts"][t] = db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
out["keys"]["documents"] = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]
out["keys"]["indicators"] = [list(r) for r in db.execute("SELECT document, seq FROM indicators ORDER BY document, seq")]
out["rowids"] = [list(r) for r in db.execute("SELECT rowid, document, seq FROM indicators ORDER BY document, seq")]
out["versions"] = {r[0]: [r[1], r[2]] for r in db.execute("SELECT id, sha256, extractorVersion FROM documents")}
out["pk"] = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})") if r[5] > 0] for t in ["documents", "indicators"]}
out["fk_violations"] = db.execute("PRAGMA foreign_key_check").fetchall()
out["integrity"] = db.execute("PRAGMA integrity_check").fetchone()[0]
out["indexes"] = sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"))
out["flagged"] = [list(r) for r in db.execute("SELECT d.region, i.metric, i.valueMax, i.unit, i.flags FROM indicators i JOIN documents d ON d.id = i.document WHERE i.flags LIKE '%implausible-unit%' ORDER BY i.metric")]
print(json.dumps(out, ensure_ascii=False))
`;

const columnSpec = () => Object.fromEntries(TABLE_NAMES.map((t) => [t, TABLES[t].columns.map((c) => [c.name, c.type])]));

function plansOf(files: string[], cwd = ROOT): Plan[] {
  const run = runCli(['--format', 'ndjson', ...files], undefined, {}, cwd);
  expect(run.status).toBe(0);
  return run.stdout.trim().split('\n').map((line) => planSchema.parse(JSON.parse(line)));
}

function countSections(plan: Plan): number {
  let n = 0;
  const walk = (children: Plan['children']) => {
    for (const c of children) {
      if (c.type !== 'section') continue;
      n++;
      walk(c.children);
    }
  };
  walk(plan.children);
  return n;
}

/** Rows each table should have for these plans. */
function expectedCounts(plans: Plan[]): Record<TableName, number> {
  const sum = (f: (p: Plan) => number) => plans.reduce((n, p) => n + f(p), 0);
  return {
    documents: plans.length,
    sections: sum(countSections),
    indicators: sum((p) => p.indicators.length),
    dates: sum((p) => p.dates.length),
    diagnostics: sum((p) => p.diagnostics.length),
  };
}

const readNdjson = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const tmp = () => mkdtempSync(join(tmpdir(), 'plan-extract-export-'));

describe('plan-extract export --tables', () => {
  let out: string;
  let plans: Plan[];
  beforeAll(() => {
    out = tmp();
    plans = plansOf(SEED_FILES);
    for (const format of ['csv', 'ndjson', 'parquet']) {
      const run = runCli(['export', '--tables', join(out, format), '--format', format, 'seeds/']);
      expect(run.status, run.stderr).toBe(0);
    }
  }, 180_000);

  it('should support CSV that python reads with numeric columns as numbers, and counts and keys of the JSON', () => {
    const tables = python(READ_CSV, join(out, 'csv'), JSON.stringify(columnSpec())) as Record<TableName, Array<Record<string, unknown>>>;
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length]));
    expect(counts).toEqual(expectedCounts(plans));
    expect(tables.documents.map((d) => d.id)).toEqual(SEED_FILES);
    expect(tables.documents.map((d) => d.sha256)).toEqual(plans.map((p) => p.source.sha256));
    const range = tables.indicators.find((r) => r.metricId === 'family-doctor-coverage')!;
    expect([range.valueMin, range.valueMax]).toEqual([1, 3]);
    for (const r of tables.indicators) expect(SEED_FILES).toContain(r.document);
  });

  it('should not support a CSV cell that a spreadsheet would run as a formula', () => {
    for (const t of TABLE_NAMES) {
      const text = readFileSync(join(out, 'csv', `${t}.csv`), 'utf8');
      for (const line of text.split('\r\n')) for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@]/u);
    }
  });

  it('should support NDJSON with the same columns on every line, null for missing', () => {
    for (const t of TABLE_NAMES) {
      const rows = readNdjson(join(out, 'ndjson', `${t}.ndjson`));
      expect(rows.length).toBe(expectedCounts(plans)[t]);
      for (const row of rows) expect(Object.keys(row)).toEqual(TABLES[t].columns.map((c) => c.name));
    }
  });

  it('should support Parquet that an independent reader reads back as the NDJSON rows', async () => {
    for (const t of TABLE_NAMES) {
      const file = await asyncBufferFromFile(join(out, 'parquet', `${t}.parquet`));
      const rows = await parquetReadObjects({ file });
      expect(rows, t).toEqual(readNdjson(join(out, 'ndjson', `${t}.ndjson`)));
    }
  });

  it('should support a second export over the same folder that changes nothing', { timeout: 180_000 }, () => {
    for (const format of ['csv', 'ndjson', 'parquet']) {
      const dir = join(out, format);
      const before = readdirSync(dir).map((f) => readFileSync(join(dir, f)));
      const run = runCli(['export', '--tables', dir, '--format', format, 'seeds/']);
      expect(run.status).toBe(0);
      expect(readdirSync(dir).map((f) => readFileSync(join(dir, f)))).toEqual(before);
    }
  });
});

describe('plan-extract export on many files (worker threads)', () => {
  it('should support the same rows, in input order, as one thread gives', { timeout: 240_000 }, () => {
    const dir = tmp();
    for (const shard of ['a', 'b']) {
      mkdirSync(join(dir, 'corpus', shard), { recursive: true });
      for (const id of seedIds()) copyFileSync(join(SEEDS, `${id}.txt`), join(dir, 'corpus', shard, `${id}.txt`));
    }
    const many = runCli(['export', '--tables', 'many', '--format', 'ndjson', 'corpus'], undefined, {}, dir);
    expect(many.status, many.stderr).toBe(0);
    const one = runCli(['export', '--tables', 'one', '--format', 'ndjson', 'corpus/a'], undefined, {}, dir);
    expect(one.status, one.stderr).toBe(0);
    const ids = seedIds();
    expect(readNdjson(join(dir, 'many', 'documents.ndjson')).map((d) => d.id)).toEqual([...ids.map((id) => `corpus/a/${id}.txt`), ...ids.map((id) => `corpus/b/${id}.txt`)]);
    for (const t of TABLE_NAMES) {
      const rows = readNdjson(join(dir, 'many', `${t}.ndjson`));
      const key = t === 'documents' ? 'id' : 'document';
      // The rows less the document's name (and, in documents, its path).
      const anonymous = (r: Record<string, unknown>) => (t === 'documents' ? { ...r, id: null, path: null } : { ...r, document: null });
      const shardRows = (shard: string) => rows.filter((r) => (r[key] as string).startsWith(`corpus/${shard}/`)).map(anonymous);
      const single = readNdjson(join(dir, 'one', `${t}.ndjson`)).map(anonymous);
      expect(shardRows('a'), t).toEqual(single);
      expect(shardRows('b'), t).toEqual(single);
    }
  });
});

describe('plan-extract export --db', () => {
  it('should support a database python reads, with keys, indexes and the counts of the JSON', { timeout: 120_000 }, () => {
    const dir = tmp();
    const db = join(dir, 'corpus.sqlite');
    const run = runCli(['export', '--db', db, 'seeds/']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('5 added, 0 replaced, 0 unchanged');
    const got = python(READ_DB, db) as Record<string, any>;
    const plans = plansOf(SEED_FILES);
    expect(got.counts).toEqual(expectedCounts(plans));
    expect(got.keys.documents).toEqual([...SEED_FILES].sort());
    expect(got.keys.indicators).toEqual(plans.flatMap((p) => p.indicators.map((_, n) => [p.source.path, n + 1])));
    expect(got.pk).toEqual({ documents: ['id'], indicators: ['document', 'seq'] });
    expect(got.fk_violations).toEqual([]);
    expect(got.integrity).toBe('ok');
    expect(got.indexes).toContain('indicators_metricId');
    expect(got.flagged).toEqual([
      ['贵阳市', '5岁以下儿童死亡率', 9.5, '%', 'indicator/implausible-unit'],
      ['贵阳市', '婴儿死亡率', 7, '%', 'indicator/implausible-unit'],
    ]);
  });

  it('should support re-running on a grown folder: unchanged skipped, new added, changed replaced', { timeout: 180_000 }, () => {
    const dir = tmp();
    mkdirSync(join(dir, 'corpus'));
    const ids = seedIds();
    const put = (id: string) => copyFileSync(join(SEEDS, `${id}.txt`), join(dir, 'corpus', `${id}.txt`));
    ids.slice(0, 3).forEach(put);
    const exportDb = () => runCli(['export', '--db', 'corpus.sqlite', 'corpus'], undefined, {}, dir);
    const read = () => python(READ_DB, join(dir, 'corpus.sqlite')) as Record<string, any>;

    expect(exportDb().stderr).toContain('3 added, 0 replaced, 0 unchanged');
    const first = read();
    const bytes = readFileSync(join(dir, 'corpus.sqlite'));

    const again = exportDb();
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('0 added, 0 replaced, 3 unchanged');
    expect(readFileSync(join(dir, 'corpus.sqlite')).equals(bytes)).toBe(true);

    ids.slice(3).forEach(put);
    expect(exportDb().stderr).toContain(`${ids.length - 3} added, 0 replaced, 3 unchanged`);
    const grown = read();
    const allFiles = ids.map((id) => `corpus/${id}.txt`);
    expect(grown.counts).toEqual(expectedCounts(plansOf(allFiles, dir)));
    // The rows already there are the same rows (same rowids): only the new documents' rows were added.
    const old = new Set(first.keys.documents as string[]);
    expect((grown.rowids as Array<[number, string, number]>).filter((r) => old.has(r[1]))).toEqual(first.rowids);

    const changed = join(dir, 'corpus', `${ids[0]}.txt`);
    appendFileSync(changed, '\n附件:2025年主要指标\n');
    expect(exportDb().stderr).toContain(`0 added, 1 replaced, ${ids.length - 1} unchanged`);
    const after = read();
    expect(after.versions[`corpus/${ids[0]}.txt`][0]).toBe(plansOf([`corpus/${ids[0]}.txt`], dir)[0]!.source.sha256);
    expect(after.counts).toEqual(expectedCounts(plansOf(allFiles, dir)));
    expect(after.fk_violations).toEqual([]);
  });

  it('should support replacing a document read by another plan-extract version', { timeout: 120_000 }, () => {
    const dir = tmp();
    const db = join(dir, 'c.sqlite');
    expect(runCli(['export', '--db', db, SEED_FILES[0]!]).status).toBe(0);
    python(`import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\ndb.execute("UPDATE documents SET extractorVersion = '0.0.1'")\ndb.commit()\nprint(1)`, db);
    const run = runCli(['export', '--db', db, SEED_FILES[0]!]);
    expect(run.stderr).toContain('0 added, 1 replaced, 0 unchanged');
    const got = python(READ_DB, db) as Record<string, any>;
    expect(Object.values(got.versions as Record<string, string[]>)[0]![1]).not.toBe('0.0.1');
  });

  it('should support exporting the other documents when one cannot be read (exit 1)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x01, 0x02, 0x00, 0x03]));
    const run = runCli(['export', '--db', join(dir, 'c.sqlite'), '--tables', join(dir, 't'), join(dir, 'bad.txt'), SEED_FILES[1]!]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.txt');
    expect(run.stderr).toContain('1 added');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect((python(READ_DB, join(dir, 'c.sqlite')) as Record<string, any>).counts.documents).toBe(1);
  });

  it('should not support writing into a file that is not an export database (exit 2, one line)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.sqlite'), 'not a database at all, just text '.repeat(100));
    const run = runCli(['export', '--db', join(dir, 'notes.sqlite'), SEED_FILES[0]!]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('notes.sqlite');
  });

  it('should not support writing into an export database of another layout (exit 2, one line)', () => {
    const dir = tmp();
    const db = join(dir, 'c.sqlite');
    expect(runCli(['export', '--db', db, SEED_FILES[0]!]).status).toBe(0);
    python(`import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\ndb.execute("UPDATE plan_extract SET value = '0' WHERE key = 'layout'")\ndb.commit()\nprint(1)`, db);
    const run = runCli(['export', '--db', db, SEED_FILES[0]!]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('layout 0');
  });

  it('should not support an export with nothing to write (exit 2)', () => {
    const run = runCli(['export', SEED_FILES[0]!]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--tables');
  });
});
