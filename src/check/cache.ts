// The cache of `plan-extract check --cache`: per file, the SHA-256 of its bytes and its
// diagnostics, valid for one tool version and one configuration (rules, grammars). A file whose
// hash is unchanged is not extracted again. The cache is rewritten (atomically) only when it changed.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../schema.js';

export { DEFAULT_CACHE } from './defaults.js';

/** What a file gave: its diagnostics, or the one-line reason it could not be read. */
export type CachedResult = { diagnostics: Diagnostic[] } | { error: string };

interface CacheFile {
  version: string;
  config: string;
  files: Record<string, { hash: string; result: CachedResult }>;
}

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export class CheckCache {
  private readonly data: CacheFile;
  private changed = false;
  /** Files answered from the cache and files extracted, in this run. */
  readonly counts = { reused: 0, checked: 0 };

  /** `version` and `config` (a hash of everything that changes results) must match, or the cache starts empty. */
  constructor(
    readonly path: string,
    version: string,
    config: string,
  ) {
    let previous: CacheFile | undefined;
    try {
      previous = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    } catch {
      previous = undefined;
    }
    const valid = previous?.version === version && previous.config === config && typeof previous.files === 'object';
    this.data = valid ? (previous as CacheFile) : { version, config, files: {} };
    this.changed = !valid && previous !== undefined;
  }

  /** The cached result of `file` when its bytes hash to `hash`. */
  get(file: string, hash: string): CachedResult | undefined {
    const entry = this.data.files[resolve(file)];
    if (entry?.hash !== hash) return undefined;
    this.counts.reused++;
    return entry.result;
  }

  set(file: string, hash: string, result: CachedResult): void {
    this.counts.checked++;
    this.data.files[resolve(file)] = { hash, result };
    this.changed = true;
  }

  /** Writes the cache when this run changed it. */
  save(): void {
    if (!this.changed) return;
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.path);
  }
}
