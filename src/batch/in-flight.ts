// How many jobs a worker holds and how many a caller keeps in flight: a module of its own so the
// commands can size their batches without loading the worker pool.

/** Jobs a worker holds at once: the one it runs and the next (see pool.ts). */
export const WORKER_DEPTH = 2;

/**
 * How many jobs a caller that restores input order (ordered.ts) should keep in flight on `workers`
 * workers: beyond what they hold, room for finished results to wait behind a slow document (one
 * several times the size of its neighbours) so the other workers go on meanwhile.
 */
export const inFlightFor = (workers: number): number => workers * WORKER_DEPTH * 4;
