// The files check reads and writes by default: a module of its own (no dependency), so the
// command's definition names them in its help without loading the cache, zod or yaml.

/** The results cache of `check --cache`. */
export const DEFAULT_CACHE = '.plan-extractcache';

/** The suppressions file of `check --suppress-all`, used when it exists. */
export const DEFAULT_SUPPRESSIONS = 'plan-extract-suppressions.json';
