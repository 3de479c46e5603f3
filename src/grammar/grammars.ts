// Every grammar of the pipeline compiled into one value. The processor is built with it and hands
// each plugin its part (src/pipeline.ts); stages receive their grammar as a parameter and never
// load one themselves.
import { compileBlocksGrammar, type BlocksGrammar } from './blocks.js';
import { compileFurnitureGrammar, type FurnitureGrammar } from './furniture.js';
import { compileIndicatorGrammar, type IndicatorGrammar } from './indicators.js';
import { shippedGrammar, type ShippedSources } from './load.js';
import { compileMetaGrammar, type MetaGrammar } from './meta.js';
import { compileMetricGrammar, type MetricGrammar } from './metrics.js';
import { compileOutlineGrammar, type OutlineGrammar } from './outline.js';
import { compilePeriodGrammar, type PeriodGrammar } from './periods.js';
import { compileTableGrammar, type TableGrammar } from './tables.js';

export interface Grammars {
  readonly furniture: FurnitureGrammar;
  readonly blocks: BlocksGrammar;
  readonly outline: OutlineGrammar;
  readonly tables: TableGrammar;
  readonly meta: MetaGrammar;
  readonly periods: PeriodGrammar;
  readonly indicators: IndicatorGrammar;
  readonly metrics: MetricGrammar;
}

/** Validated grammar sources by grammar name (validateGrammarSources in ./validate.ts validates raw ones). */
export type GrammarSources = ShippedSources;

/** The sources each compiled value was made from: worker threads compile the same grammars from them. */
const compiledFrom = new WeakMap<Grammars, Partial<GrammarSources>>();

/**
 * Compiles every grammar: from `sources` where one is given, the shipped grammar otherwise. The
 * sources must be validated already (validateGrammarSources): zod is kept out of this module so the
 * CLI starts without it. The result is frozen; the compiled grammars in it are shared, not copied.
 */
export function compileGrammars(sources: Partial<GrammarSources> = {}): Grammars {
  const source = <K extends keyof GrammarSources>(name: K): GrammarSources[K] => sources[name] ?? shippedGrammar(name);
  const periods = compilePeriodGrammar(source('periods'));
  const indicators = compileIndicatorGrammar(source('indicators'));
  const grammars: Grammars = Object.freeze({
    furniture: compileFurnitureGrammar(source('furniture')),
    blocks: compileBlocksGrammar(source('blocks')),
    outline: compileOutlineGrammar(source('outline')),
    tables: compileTableGrammar(source('tables')),
    // meta.yaml names no periods or date words of its own: it reads them from periods.yaml.
    meta: compileMetaGrammar(source('meta'), periods),
    periods,
    indicators,
    // A metric's units are checked against, and rescaled with, the indicator grammar's units.
    metrics: compileMetricGrammar(source('metrics'), indicators),
  });
  compiledFrom.set(grammars, sources);
  return grammars;
}

/** The sources `grammars` was compiled from (plain data that can cross a thread), if compileGrammars made it. */
export function sourcesOf(grammars: Grammars): Partial<GrammarSources> | undefined {
  return compiledFrom.get(grammars);
}

let shipped: Grammars | undefined;

/**
 * The shipped grammars, compiled once per process on first use. Only entry points (the processor,
 * compare) call this when their caller gave no grammars; stages take theirs as a parameter.
 */
export function defaultGrammars(): Grammars {
  shipped ??= compileGrammars();
  return shipped;
}
