// The reporters of `plan-extract check`, chosen with --reporter.
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ReporterName } from './names.js';
import type { FileResult, ReportContext } from './types.js';

export { REPORTERS, type ReporterName } from './names.js';

export function report(name: ReporterName, results: readonly FileResult[], context: ReportContext): string {
  switch (name) {
    case 'json':
      return json(results, context);
    case 'github':
      return github(results);
    case 'sarif':
      return sarif(results, context);
    default:
      return stylish(results);
  }
}

export type { FileResult, ReportContext } from './types.js';
export { totals } from './types.js';
