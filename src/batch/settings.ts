// What every input of a batch is extracted with, as plain data that crosses a thread: the user
// grammars' validated sources (each worker compiles them once) and the rule settings.
import type { RuleSettings } from '../check/types.js';
import { compileGrammars, sourcesOf, type GrammarSources, type Grammars } from '../grammar/grammars.js';
import type { ExtractOptions } from '../pipeline.js';

export interface BatchSettings {
  /** Validated grammar sources by grammar name (the shipped grammars for the others). */
  grammars?: Partial<GrammarSources>;
  rules?: RuleSettings;
}

/** The extract options of a batch, its grammars compiled (once per thread: call it once). */
export function batchExtractOptions(settings: BatchSettings | undefined): Pick<ExtractOptions, 'grammars' | 'rules'> {
  const sources = settings?.grammars;
  return {
    grammars: sources && Object.keys(sources).length > 0 ? compileGrammars(sources) : undefined,
    rules: settings?.rules,
  };
}

/** The settings that make a worker extract as `grammars` and `rules` do on this thread. */
export function batchSettings(grammars: Grammars | undefined, rules: RuleSettings | undefined): BatchSettings {
  if (!grammars) return { rules };
  const sources = sourcesOf(grammars);
  if (!sources) throw new TypeError('grammars not made by compileGrammars cannot be sent to worker threads');
  return { grammars: sources, rules };
}
