// How many worker threads a command uses: a module of its own, so the commands' definitions
// show the default without loading the worker pool or the pipeline.
import { availableParallelism } from 'node:os';

/** Below this many files, threads cost more to start than they save. */
export const THREAD_THRESHOLD = 8;

export const defaultJobs = (): number => availableParallelism();
