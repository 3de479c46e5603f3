// The bundled CLI's entry (scripts/bundle.mjs makes dist/bundle/plan-extract.cjs of it, which
// bin/load-cli.js runs): the command line with its standard-output guard and last-resort error
// line, and the worker threads' script. Everything else is imported when a command needs it.
import { main } from './main.js';
import { guardStdout, reportUncaught } from './stdout.js';

export { main };

export function run(argv: string[]): void {
  // A closed or failed standard output ends the run with one line (or quietly for `| head`).
  guardStdout();
  main(argv).then((status) => {
    process.exitCode = status;
  }, reportUncaught);
}

/** Serves batch jobs in a worker thread (what dist/bundle/worker.js runs). */
export async function runWorker(): Promise<void> {
  await import('../batch/worker.js');
}
