// The shipped grammars for tests that call a stage's functions directly (the pipeline hands them
// to its plugins; these tests stand in for it).
import { defaultGrammars, type Grammars } from '../src/grammar/grammars.js';

export function grammars(): Grammars {
  return defaultGrammars();
}
