// The unified processor: parse → blocks → outline → (later stages) → a plan document.
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
import { planParse } from './parse/plain.js';
import { defaultGrammars, type Grammars } from './grammar/grammars.js';
import { diagnosticsOf, report } from './diagnostics.js';
import type { Plan } from './schema.js';
import type { PlanFileData, PlanTree } from './tree.js';
import { Locator } from './text/locate.js';

export interface ProcessorOptions {
  /** The compiled grammars (compileGrammars); the shipped ones when not given. */
  grammars?: Grammars;
  /** The plain-text parser unless the input is markdown (both feed the block layer). */
  parser?: typeof planParse;
}

/** The pipeline: each plugin gets its part of the grammars as its options. */
export function createProcessor(options: ProcessorOptions = {}) {
  const grammars = options.grammars ?? defaultGrammars();
  return unified().use(options.parser ?? planParse, { grammars })
    .use(planBlocks, { grammars })
    .use(planOutline, { grammar: grammars.outline })
    .use(planMeta, { grammars })
    .use(planDates, { grammars })
    .use(planIndicators, { grammars }).use(planMetrics, { grammar: grammars.metrics })
    .use(planCheck);
}

export interface ExtractOptions {
  /** Shown as source.path; also tells `.md` input apart. */
  path?: string;
  /** The compiled grammars (compileGrammars); the shipped ones when not given. */
  grammars?: Grammars;
}

/** Runs the whole pipeline on decoded text; `encodingDoubt` is the decoder's doubt (Decoded.doubt). */
export async function extractText(text: string, bytes: Uint8Array, encoding: string, options: ExtractOptions = {}, encodingDoubt?: string): Promise<Plan> {
  const file = new VFile({ value: text, path: options.path });
  const data = file.data as PlanFileData;
  data.source = describeSource(options.path ?? null, bytes, encoding);
  const markdown = /\.(?:md|markdown)$/iu.test(options.path ?? '');
  // remark-parse is loaded only for markdown input.
  const parser = markdown ? (await import('./parse/markdown.js')).planParseMarkdown : planParse;
  const processor = createProcessor({ grammars: options.grammars, parser });
  const locator = new Locator(text);
  if (encodingDoubt) report(file, locator, 'encoding/uncertain', 'error', encodingDoubt, 0, 0);
  const tree = (await processor.run(processor.parse(file), file)) as PlanTree;
  tree.diagnostics = diagnosticsOf(file, locator);
  return tree;
}

/** The library entry point: bytes or a string in, a plan document out. */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Plan> {
  if (typeof input === 'string') return extractText(input, new TextEncoder().encode(input), 'utf-8', options);
  const { text, encoding, doubt } = await decode(input);
  return extractText(text, input, encoding, options, doubt);
}
