// The `export` subcommand's definition: its options and help. What it does (src/cli/export.ts,
// with the pipeline and the table writers) is loaded when it runs.
import { Command, Option } from 'commander';
import { TABLE_FORMATS, type TableFormat } from '../export/formats.js';
import { maxSizeOption } from './limits.js';
import { ignoreOption } from './vocabulary.js';

export interface ExportCliOptions {
  tables?: string;
  format: TableFormat;
  db?: string;
  ignore: string[];
  maxSize?: number;
}

const HELP = `
Inputs are files, directories (their .txt and .md files, recursively) and globs
(quote them: 'docs/**/*.txt'). Every table has the same columns in every format;
rows of the other tables point to documents.id (the document's path relative to
the working directory). See the README, "Tables and database".

--tables <dir> writes documents, sections, indicators, dates and diagnostics
into <dir> as .csv (UTF-8 with BOM, safe to open in a spreadsheet), .ndjson or
.parquet; each file is replaced whole when the run completes.

--db <file> writes the same tables into a SQLite database with keys and indexes.
Running again adds new documents, skips those whose bytes (sha256) and
plan-extract version are unchanged, and replaces the others; each document is
written in one transaction, so an interrupted run leaves the database consistent.

A document that cannot be read is reported on stderr; the others are exported.
export writes several files, so it takes --tables and --db rather than -o or --out-dir.

Exit status: 0 all documents exported, 1 a document could not be read,
2 bad usage, no input matched, or the output could not be written.

Examples:
  $ plan-extract export --tables out/ seeds/*.txt
  $ plan-extract export --tables out/ --format parquet docs/
  $ plan-extract export --db corpus.sqlite docs/`;

/** The `export` subcommand; `setStatus` receives its exit status. */
export function exportCommand(setStatus: (status: number) => void): Command {
  return new Command('export')
    .description('write tidy tables (documents, sections, indicators, dates, diagnostics) as CSV, NDJSON, Parquet or SQLite')
    .argument('[inputs...]', 'files, directories or globs; "-" reads standard input')
    .option('--tables <dir>', 'write one file per table into <dir>')
    .addOption(new Option('-f, --format <format>', 'format of the --tables files').choices(TABLE_FORMATS as unknown as string[]).default('csv'))
    .option('--db <file>', 'write the tables into a SQLite database (created, or brought up to date)')
    .addOption(ignoreOption())
    .addOption(maxSizeOption())
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: ExportCliOptions) => {
      const { runExport } = await import('./export.js');
      setStatus(await runExport(inputs, opts));
    });
}
