// Writes a command's one output file (report -o, check -O, compare -O), atomically, naming a
// failure on one line (permission denied, no space left on device …) instead of throwing.
import { dirname } from 'node:path';
import { ensureDir, writeAtomic } from './atomic.js';
import { describeFsError } from './fs-errors.js';
import { errorLine } from './output.js';

/** False (and one line on stderr) when the file could not be written. */
export async function writeOutputFile(path: string, data: string, options: { makeDirectory?: boolean } = {}): Promise<boolean> {
  try {
    if (options.makeDirectory) await ensureDir(dirname(path));
    await writeAtomic(path, data);
    return true;
  } catch (error) {
    errorLine(path, `cannot write: ${describeFsError(error)}`);
    return false;
  }
}
