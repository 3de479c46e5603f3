// What happens when standard output fails. A reader that stops early (`| head`) closes the pipe:
// the run ends with one line on stderr saying so and the status it has so far (a reader that has
// what it wanted is no failure). Any other failure (`> /dev/full`: no space left on device) ends
// the run with one line on stderr and status 2. Never a stack trace.
import { describeFsError, isSystemError } from './fs-errors.js';
import { errorLine } from './output.js';

/** The exit status when an output (standard output or a file) cannot be written. */
export const OUTPUT_FAILED_STATUS = 2;

let guarded = false;

export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      errorLine(null, 'standard output was closed by its reader (EPIPE); stopped');
      process.exit(process.exitCode ?? 0);
    }
    errorLine(null, `cannot write to standard output: ${describeFsError(error)}`);
    process.exit(OUTPUT_FAILED_STATUS);
  });
}

/** The last resort for an exception that escaped a command: one line, status 2. */
export function reportUncaught(error: unknown): void {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (isSystemError(error)) {
    errorLine(path ?? null, describeFsError(error));
  } else {
    errorLine(null, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = OUTPUT_FAILED_STATUS;
}
