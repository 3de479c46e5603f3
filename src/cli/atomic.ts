// Output files are replaced atomically: the data goes to a temporary file in the destination's
// directory, which is then renamed over the destination, so a reader never sees a half-written
// file. A temporary file never survives: it is removed when the write fails, and the live ones
// are removed (synchronously) when the process exits or is interrupted (SIGINT, SIGTERM, SIGHUP).
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { mkdir, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

/** Removes the temporary files still being written. Safe to call from an exit or signal handler. */
export function removeTemporaries(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // already renamed or removed
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  // Die of the same signal (status 128 + n, as the shell expects) now that nothing is left behind.
  for (const s of SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, signal);
}

function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeTemporaries);
  for (const s of SIGNALS) process.on(s, onSignal);
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's recursive mkdir loops forever
 * on some paths (/proc/x/y); this one stops at the first level that cannot be made, with its error.
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${current} is not a directory`), { code: 'ENOTDIR', path: current });
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing.reverse()) {
    await mkdir(level).catch(async (error: NodeJS.ErrnoException) => {
      // Made meanwhile by another writer: fine when it is a directory (not when it is, say, a
      // link to nowhere, which stat did not see).
      if (error.code === 'EEXIST' && (await stat(level).catch(() => undefined))?.isDirectory()) return;
      throw error;
    });
  }
}

/** A file being written atomically: written in pieces, then committed (renamed into place) or aborted. */
export interface AtomicFile {
  write(data: string | Uint8Array): Promise<void>;
  /** Puts the file in place of the destination. */
  commit(): Promise<void>;
  /** Removes the temporary file; the destination stays as it was. */
  abort(): Promise<void>;
}

/**
 * Opens `destination` for an atomic write (see above), so a long output can be streamed to it
 * without holding it in memory. A symbolic link is followed (the file it points to is replaced,
 * the link kept); a destination that is not a regular file (/dev/stdout, a FIFO) cannot be
 * replaced and is written in place.
 */
export async function openAtomic(destination: string): Promise<AtomicFile> {
  const path = await realpath(destination).catch(() => destination);
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isFile()) {
    const handle = await open(path, 'w');
    return { write: (data) => handle.writeFile(data), commit: () => handle.close(), abort: () => handle.close() };
  }
  installCleanup();
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  live.add(tmp);
  let handle: FileHandle;
  try {
    handle = await open(tmp, 'wx');
  } catch (error) {
    live.delete(tmp);
    throw error;
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const abort = async () => {
    await close().catch(() => undefined);
    live.delete(tmp);
    await unlink(tmp).catch(() => undefined);
  };
  return {
    write: (data) => handle.writeFile(data),
    commit: async () => {
      try {
        await close();
        await rename(tmp, path);
        live.delete(tmp);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

/** Writes `data` to `destination` atomically, in one piece (see openAtomic). */
export const writeAtomic = (destination: string, data: string | Uint8Array): Promise<void> => writeAtomicChunks(destination, [data]);

/** Writes `chunks` to `destination` atomically, one chunk at a time (each write awaited). */
export async function writeAtomicChunks(destination: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const file = await openAtomic(destination);
  try {
    for (const chunk of chunks) await file.write(chunk);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}
