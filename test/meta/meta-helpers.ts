// Runs the pipeline on a snippet and returns its metadata.
import { extract } from '../../src/pipeline.js';
import type { Meta } from '../../src/schema.js';

export async function meta(text: string, path?: string): Promise<Meta> {
  return (await extract(text, { path })).meta;
}

/** Lines joined with \n (fixtures in tests read better as arrays). */
export const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;
