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
import { diagnosticsOf } from './diagnostics.js';
import type { Plan } from './schema.js';
import type { PlanFileData, PlanTree } from './tree.js';
import { Locator } from './text/locate.js';

/** The pipeline; `parser` is the plain-text parser unless the input is markdown (both feed the block layer). */
export function createProcessor(parser: typeof planParse = planParse) {
  return unified().use(parser).use(planBlocks).use(planOutline)
    .use(planMeta)
    .use(planDates)
    .use(planIndicators).use(planMetrics)
    .use(planCheck);
}

export interface ExtractOptions {
  /** Shown as source.path; also tells `.md` input apart. */
  path?: string;
}

/** Runs the whole pipeline on decoded text. */
export async function extractText(text: string, bytes: Uint8Array, encoding: string, options: ExtractOptions = {}): Promise<Plan> {
  const file = new VFile({ value: text, path: options.path });
  (file.data as PlanFileData).source = describeSource(options.path ?? null, bytes, encoding);
  const markdown = /\.(?:md|markdown)$/iu.test(options.path ?? '');
  // remark-parse is loaded only for markdown input.
  const processor = createProcessor(markdown ? (await import('./parse/markdown.js')).planParseMarkdown : planParse);
  const tree = (await processor.run(processor.parse(file), file)) as PlanTree;
  tree.diagnostics = diagnosticsOf(file, new Locator(text));
  return tree;
}

/** The library entry point: bytes or a string in, a plan document out. */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Plan> {
  if (typeof input === 'string') return extractText(input, new TextEncoder().encode(input), 'utf-8', options);
  const { text, encoding } = await decode(input);
  return extractText(text, input, encoding, options);
}
