// --grammar and --metrics: user grammar files read, merged with the shipped grammars, validated and
// compiled (yaml and zod are loaded only when such a file is given). A bad file throws a
// GrammarError, which the CLI prints on one line (exit 2) before any input is read.
import type { BatchSettings } from '../batch/settings.js';
import { sourcesOf, type Grammars } from '../grammar/grammars.js';

export interface LoadedGrammars {
  /** The merged grammars compiled; undefined: the shipped ones. */
  grammars?: Grammars;
  /** The same as plain data for worker threads. */
  settings: BatchSettings;
}

/** The shipped grammars merged with `grammarFiles`, then with the metrics files (`--metrics`). */
export async function loadGrammarFiles(grammarFiles: readonly string[] = [], metricsFiles: readonly string[] = []): Promise<LoadedGrammars> {
  if (grammarFiles.length === 0 && metricsFiles.length === 0) return { settings: {} };
  const { compileUserGrammars, readGrammarFile, readMetricsFile } = await import('../grammar/user.js');
  const grammars = compileUserGrammars([...grammarFiles.map(readGrammarFile), ...metricsFiles.map(readMetricsFile)]);
  return { grammars, settings: { grammars: sourcesOf(grammars) } };
}
