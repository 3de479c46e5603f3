// Writes a command's one output (-o): a file, atomically, or standard output ("-" or no -o).
// A failure is named on one line (permission denied, no space left on device …) instead of thrown.
import { once } from 'node:events';
import { dirname } from 'node:path';
import { ensureDir, openAtomic, writeAtomic, type AtomicFile } from './atomic.js';
import { describeFsError } from './fs-errors.js';
import { errorLine } from './output.js';

/** False (and one line on stderr) when the file could not be written. Missing folders are made. */
export async function writeOutputFile(path: string, data: string): Promise<boolean> {
  try {
    await ensureDir(dirname(path));
    await writeAtomic(path, data);
    return true;
  } catch (error) {
    errorLine(path, `cannot write: ${describeFsError(error)}`);
    return false;
  }
}

/** Writes `data` to `target`, or to standard output when it is undefined. False when it failed. */
export async function writeOutput(target: string | undefined, data: string): Promise<boolean> {
  if (target !== undefined) return writeOutputFile(target, data);
  await writeStdout(data);
  return true;
}

/** Writes to a stream, waiting for it to drain when its buffer is full (back-pressure). */
async function writeStream(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> {
  if (data.length > 0 && !stream.write(data)) await once(stream, 'drain');
}

const writeStdout = (text: string): Promise<void> => writeStream(process.stdout, text);

/** An output written in pieces (a stream of documents): standard output, or a file committed at the end. */
export interface OutputStream {
  write(data: string | Uint8Array): Promise<void>;
  /** Puts a file in place; false (and one line on stderr) when it could not be written. */
  close(): Promise<boolean>;
  /** Leaves the destination as it was. */
  abort(): Promise<void>;
}

/**
 * Opens `target` (undefined: `stream`, standard output by default); undefined (and one line on
 * stderr) when it cannot be. Each write resolves when the output can take more.
 */
export async function openOutput(target: string | undefined, stream: NodeJS.WritableStream = process.stdout): Promise<OutputStream | undefined> {
  if (target === undefined) return { write: (text) => writeStream(stream, text), close: async () => true, abort: async () => undefined };
  let file: AtomicFile;
  try {
    await ensureDir(dirname(target));
    file = await openAtomic(target);
  } catch (error) {
    errorLine(target, `cannot write: ${describeFsError(error)}`);
    return undefined;
  }
  let failed: unknown;
  return {
    write: async (data) => {
      if (failed !== undefined || data.length === 0) return;
      await file.write(data).catch((error: unknown) => {
        failed = error;
      });
    },
    close: async () => {
      if (failed === undefined) await file.commit().catch((error: unknown) => {
        failed = error;
      });
      else await file.abort();
      if (failed === undefined) return true;
      errorLine(target, `cannot write: ${describeFsError(failed)}`);
      return false;
    },
    abort: () => file.abort(),
  };
}
