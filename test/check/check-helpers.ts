// Helpers for the check tests: run the pipeline on a text or a fixture and list diagnostics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/pipeline.js';
import type { Diagnostic } from '../../src/schema.js';
import { ROOT } from '../helpers.js';

export const CHECK_FIXTURES = join(ROOT, 'fixtures', 'check');

export async function diagnosticsOfText(text: string, path = 'doc.txt'): Promise<Diagnostic[]> {
  return (await extract(text, { path })).diagnostics;
}

export async function diagnosticsOfFixture(name: string): Promise<Diagnostic[]> {
  const path = join(CHECK_FIXTURES, name);
  return (await extract(readFileSync(path), { path })).diagnostics;
}

/** "line:rule" for each diagnostic, for readable assertions. */
export const brief = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.position.start.line}:${d.rule}`);
