// What bin/plan-extract.js runs: the command line with its standard-output guard and last-resort
// error line. The build bundles this module (scripts/bundle.mjs) so the CLI starts from a few files.
import { main } from './main.js';
import { guardStdout, reportUncaught } from './stdout.js';

export function run(argv: string[]): void {
  // A closed or failed standard output ends the run with one line (or quietly for `| head`).
  guardStdout();
  main(argv).then((status) => {
    process.exitCode = status;
  }, reportUncaught);
}
