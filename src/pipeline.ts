// The unified processor: parse → outline → (later stages) → a plan document.
import { unified } from 'unified';
import { VFile } from 'vfile';
import { decode, describeSource } from './decode/decode.js';
import { planOutline } from './outline/plugin.js';
import { planParse } from './parse/plain.js';
import type { Diagnostic, Plan } from './schema.js';
import type { PlanFileData } from './tree.js';
import type { PlanTree } from './tree.js';
import { Locator } from './text/locate.js';

export function createProcessor() {
  return unified().use(planParse).use(planOutline);
}

/** VFile messages → the document's diagnostics. */
function diagnosticsOf(file: VFile, locator: Locator): Diagnostic[] {
  return file.messages.map((m) => {
    const place = m.place;
    const start = place && 'start' in place ? place.start : place;
    const end = place && 'end' in place ? place.end : place;
    const pos = (p: typeof start) => (p && typeof p.offset === 'number' ? locator.point(p.offset) : { line: p?.line ?? 1, column: p?.column ?? 1, offset: 0 });
    return {
      rule: m.ruleId ?? 'unknown',
      severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: m.reason,
      position: { start: pos(start), end: pos(end) },
    };
  });
}

export interface ExtractOptions {
  /** Shown as source.path; also tells `.md` input apart. */
  path?: string;
}

/** Runs the whole pipeline on decoded text. */
export async function extractText(text: string, bytes: Uint8Array, encoding: string, options: ExtractOptions = {}): Promise<Plan> {
  const file = new VFile({ value: text, path: options.path });
  (file.data as PlanFileData).source = describeSource(options.path ?? null, bytes, encoding);
  const processor = createProcessor();
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
