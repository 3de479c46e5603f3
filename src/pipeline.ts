// The unified processor: parse → blocks → outline → meta → dates → indicators → metrics → check.
import { unified } from 'unified';
import { VFile } from 'vfile';
import { decode, describeSource } from './decode/decode.js';
import { planBlocks } from './blocks/plugin.js';
import { planOutline } from './outline/plugin.js';
import { planMeta } from './meta/plugin.js';
import { planDates } from './dates/plugin.js';
import { planIndicators } from './indicators/plugin.js';
import { planMetrics } from './metrics/plugin.js';
import { planCheck } from './check/plugin.js';
import type { RuleSettings } from './check/types.js';
import { planParse } from './parse/plain.js';
import { looksLikeMarkdown } from './parse/markdown-sniff.js';
import { defaultGrammars, type Grammars } from './grammar/grammars.js';
import type { NamedGrammar, UserGrammar } from './grammar/user.js';
import { diagnosticsOf, report } from './diagnostics.js';
import type { Plan, Source } from './schema.js';
import { fileView, type PlanFileData, type PlanTree } from './tree.js';

export interface ProcessorOptions {
  /** The compiled grammars (compileGrammars); the shipped ones when not given. */
  grammars?: Grammars;
  /** The plain-text parser unless the input is markdown (both feed the block layer). */
  parser?: typeof planParse;
  /** Rule settings for the check stage: a severity, "off", or [severity, options] per rule id. */
  rules?: RuleSettings;
}

/**
 * The whole pipeline as a unified processor: each plugin gets its part of the grammars as its
 * options. The same processor can be composed by hand from the exported plugins.
 */
export function createProcessor(options: ProcessorOptions = {}) {
  const grammars = options.grammars ?? defaultGrammars();
  return unified().use(options.parser ?? planParse, { grammars })
    .use(planBlocks, { grammars })
    .use(planOutline, { grammar: grammars.outline })
    .use(planMeta, { grammars })
    .use(planDates, { grammars })
    .use(planIndicators, { grammars }).use(planMetrics, { grammar: grammars.metrics })
    .use(planCheck, { rules: options.rules });
}

/** A user grammar given to extract(): its value (as a grammar file holds it) or the path of a grammar file. */
export type GrammarInput = UserGrammar | string;

export interface ExtractOptions {
  /** Shown as source.path; also tells `.md` input apart. */
  path?: string;
  /** The compiled grammars (compileGrammars, compileUserGrammars); the shipped ones when not given. */
  grammars?: Grammars;
  /**
   * User grammar(s) merged with the shipped ones (see the README's merge rule), compiled for this
   * call. To extract many documents, compile once with `loadGrammars` and pass `grammars`.
   */
  grammar?: GrammarInput | readonly GrammarInput[];
  /** Rule settings: a severity, "off", or [severity, options] per rule id (as in .planextractrc.yaml). */
  rules?: RuleSettings;
}

/**
 * Compiles the shipped grammars merged with user grammars (values, or paths of grammar files).
 * Throws a GrammarError naming the file and the field when one is invalid.
 */
export async function loadGrammars(grammar: GrammarInput | readonly GrammarInput[]): Promise<Grammars> {
  // yaml and zod are loaded only when a user grammar is given.
  const { compileUserGrammars, readGrammarFile } = await import('./grammar/user.js');
  const list = (Array.isArray(grammar) ? grammar : [grammar]) as readonly GrammarInput[];
  const named: NamedGrammar[] = list.map((g, i) => (typeof g === 'string' ? readGrammarFile(g) : { name: `grammar[${i}]`, grammar: g }));
  return compileUserGrammars(named);
}

async function grammarsOf(options: ExtractOptions): Promise<Grammars | undefined> {
  return options.grammar === undefined ? options.grammars : loadGrammars(options.grammar);
}

/**
 * Runs the whole pipeline on decoded text; `source` describes the bytes it was decoded from (so
 * the bytes need not be kept while the pipeline runs), `encodingDoubt` is the decoder's doubt (Decoded.doubt).
 */
async function extractText(text: string, source: Source, options: ExtractOptions = {}, encodingDoubt?: string): Promise<Plan> {
  const file = new VFile({ value: text, path: options.path });
  const data = file.data as PlanFileData;
  data.source = source;
  // A .md file, or markdown saved under another name (parse/markdown-sniff.ts).
  const markdown = /\.(?:md|markdown)$/iu.test(options.path ?? '') || (!/\.html?$/iu.test(options.path ?? '') && looksLikeMarkdown(text));
  // remark-parse is loaded only for markdown input.
  const parser = markdown ? (await import('./parse/markdown.js')).planParseMarkdown : planParse;
  const processor = createProcessor({ grammars: await grammarsOf(options), parser, rules: options.rules });
  // The file's view (the plain-text parser reads it too): its line index is built once.
  const { locator } = fileView(file);
  if (encodingDoubt) report(file, locator, 'encoding/uncertain', 'error', encodingDoubt, 0, 0);
  const tree = (await processor.run(processor.parse(file), file)) as PlanTree;
  tree.diagnostics = diagnosticsOf(file, locator);
  return tree;
}

/**
 * The library entry point: a document (text, or bytes in UTF-8, GB18030 or UTF-16 with a BOM) in,
 * its plan tree out. Throws a DecodeError for binary or undecodable bytes, a GrammarError for a bad
 * user grammar.
 */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Plan> {
  const path = options.path ?? null;
  if (typeof input === 'string') return extractText(input, describeSource(path, new TextEncoder().encode(input), 'utf-8'), options);
  const { text, encoding, doubt } = await decode(input);
  return extractText(text, describeSource(path, input, encoding), options, doubt);
}
