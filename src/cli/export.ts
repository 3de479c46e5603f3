// `plan-extract export`: the tidy tables (documents, sections, indicators, dates, diagnostics)
// as CSV, NDJSON or Parquet files (--tables) and/or as a SQLite database (--db) that later runs
// bring up to date. The table writers load when the command runs, the Parquet writer and
// SQLite only when asked for (the command's options and help: export-command.ts).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { mapOrdered } from '../batch/ordered.js';
import { inFlightFor } from '../batch/in-flight.js';
import type { ExportDatabase } from '../export/sqlite.js';
import type { TableFiles } from '../export/files.js';
import type { Plan } from '../schema.js';
import { resolveInputs } from './inputs.js';
import { errorLine } from './output.js';
import { Progress } from './progress.js';
import { readInput, type InputResult } from './read.js';
import { defaultJobs, THREAD_THRESHOLD } from './jobs.js';
import { VERSION } from './version.js';
import type { ExportCliOptions } from './export-command.js';

export const EXPORT_EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Counts {
  added: number;
  replaced: number;
  unchanged: number;
  exported: number;
  failed: number;
}

/** True when the database holds this document, from these bytes, read by this version. */
function upToDate(db: ExportDatabase, id: string, hash: string): boolean {
  const stored = db.stored(id);
  return stored !== undefined && stored.sha256 === hash && stored.extractorVersion === VERSION;
}

/** Is the file already in the database as it is now? Answered from its bytes, before extracting. */
async function unchangedInDatabase(db: ExportDatabase, file: string, id: string): Promise<boolean> {
  if (file === '-') return false;
  const bytes = await readFile(file).catch(() => undefined);
  return bytes !== undefined && upToDate(db, id, sha256(bytes));
}

/** Where one run writes, and what it has done so far. */
interface ExportRun {
  db?: ExportDatabase;
  tables?: TableFiles;
  counts: Counts;
  progress?: Progress;
}

/** The files to extract: one per document id ("./a.txt" and "a.txt" are one document), less
 *  those the database already holds as they are (when no table files are written, an unchanged
 *  document is not even extracted). */
async function filesToExtract(run: ExportRun, files: readonly string[]): Promise<Array<{ file: string; id: string }>> {
  const { documentId } = await import('../tables/index.js');
  const seen = new Set<string>();
  const todo: Array<{ file: string; id: string }> = [];
  for (const file of files) {
    const id = documentId(file === '-' ? null : file);
    if (seen.has(id)) continue;
    seen.add(id);
    if (run.db && !run.tables && (await unchangedInDatabase(run.db, file, id))) {
      run.counts.unchanged++;
      run.progress?.tick();
    } else todo.push({ file, id });
  }
  return todo;
}

/** Writes one extracted document to the table files and the database. */
async function store(run: ExportRun, id: string, plan: Plan): Promise<void> {
  const { db, tables, counts } = run;
  const { planTables } = await import('../tables/index.js');
  const rows = planTables(plan, { id, extractorVersion: VERSION });
  await tables?.add(rows);
  counts.exported++;
  if (!db) return;
  if (upToDate(db, id, plan.source.sha256)) counts.unchanged++;
  else {
    const known = db.stored(id) !== undefined;
    db.put(id, rows);
    if (known) counts.replaced++;
    else counts.added++;
  }
}

/** Extracts on the worker pool when there are many files (as the data command does), and
 *  stores the documents in input order, so the outputs do not depend on timing. */
async function exportAll(run: ExportRun, files: readonly string[], jobs: number, maxSize: number | undefined): Promise<void> {
  run.progress = Progress.maybe(files.length);
  const todo = await filesToExtract(run, files);
  const threaded = jobs > 1 && todo.length >= THREAD_THRESHOLD && !todo.some((t) => t.file === '-');
  const pool = threaded ? new (await import('../batch/pool.js')).WorkerPool(Math.min(jobs, todo.length)) : undefined;
  const extractOne = async ({ file }: { file: string }): Promise<InputResult> => {
    if (!pool) return readInput(file, { maxSize });
    const result = await pool.run({ input: file, format: 'ndjson', compact: false, whole: false, maxSize });
    return 'error' in result ? result : { input: file, plan: JSON.parse(new TextDecoder().decode(result.output)) as Plan };
  };
  try {
    let n = 0;
    for await (const input of mapOrdered(todo, pool ? inFlightFor(jobs) : 1, extractOne)) {
      const { id } = todo[n++]!;
      run.progress?.tick();
      if ('error' in input) {
        run.progress?.clear();
        errorLine(input.input, input.error);
        run.counts.failed++;
      } else await store(run, id, input.plan);
    }
  } finally {
    await pool?.close();
    run.progress?.clear();
  }
}

export async function runExport(patterns: string[], opts: ExportCliOptions): Promise<number> {
  if (!opts.tables && !opts.db) {
    errorLine(null, 'nothing to write: give --tables <dir> and/or --db <file>');
    return EXPORT_EXIT.usage;
  }
  const expanded = await resolveInputs(patterns, opts.ignore, 'to export');
  if (!expanded) return EXPORT_EXIT.usage;

  let db: ExportDatabase | undefined;
  if (opts.db) {
    const { openExportDatabase, DatabaseError } = await import('../export/sqlite.js');
    try {
      db = await openExportDatabase(opts.db);
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      errorLine(opts.db, error.message);
      return EXPORT_EXIT.usage;
    }
  }
  const counts: Counts = { added: 0, replaced: 0, unchanged: 0, exported: 0, failed: expanded.unmatched.length };
  let tables: TableFiles | undefined;
  try {
    if (opts.tables) {
      const { openTableFiles } = await import('../export/files.js');
      tables = await openTableFiles(opts.tables, opts.format, `plan-extract ${VERSION}`);
    }
    await exportAll({ db, tables, counts }, expanded.files, defaultJobs(), opts.maxSize);
    const written = (await tables?.close()) ?? [];
    tables = undefined;
    if (written.length > 0) process.stderr.write(`plan-extract: ${counts.exported} document${counts.exported === 1 ? '' : 's'} → ${written.join(', ')}\n`);
    if (opts.db) process.stderr.write(`plan-extract: ${opts.db}: ${counts.added} added, ${counts.replaced} replaced, ${counts.unchanged} unchanged\n`);
  } catch (error) {
    // The table files stay as they were; the database keeps the documents written so far.
    await tables?.abort();
    errorLine([opts.tables, opts.db].filter(Boolean).join(', '), `cannot write: ${(error as Error).message}`);
    return EXPORT_EXIT.usage;
  } finally {
    db?.close();
  }
  return counts.failed > 0 ? EXPORT_EXIT.inputFailed : EXPORT_EXIT.ok;
}
