// Runs the pipeline on a snippet and prints its outline one node a line: "<indent><marker> <title>".
import { extract } from '../../src/pipeline.js';
import type { PlanChild } from '../../src/schema.js';

export function lines(children: PlanChild[], depth = 0, out: string[] = []): string[] {
  for (const c of children) {
    if (c.type !== 'section') continue;
    out.push(`${'  '.repeat(depth)}${c.marker} ${c.title}`);
    lines(c.children, depth + 1, out);
  }
  return out;
}

export async function outline(text: string, path?: string): Promise<string[]> {
  return lines((await extract(text, { path })).children);
}
