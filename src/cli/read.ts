// Reads one input (a file or standard input) into a plan, turning every failure into a one-line
// message instead of an exception.
import { readFile } from 'node:fs/promises';
import { DecodeError } from '../decode/decode.js';
import { GrammarError } from '../grammar/load.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import type { Plan } from '../schema.js';

export type InputResult = { input: string; plan: Plan } | { input: string; error: string };

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeReadError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error.message;
  }
}

/** `options`: grammars and rule settings to extract with; `path` names standard input (--stdin-filename). */
export async function readInput(input: string, options: ExtractOptions = {}): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStdin() : await readFile(input);
  } catch (error) {
    return { input, error: describeReadError(error as NodeJS.ErrnoException) };
  }
  try {
    return { input, plan: await extract(bytes, { ...options, path: input === '-' ? options.path : input }) };
  } catch (error) {
    if (error instanceof DecodeError) return { input, error: error.message };
    // A bad grammar fails every file alike: the run stops (exit 2) instead of reporting each one.
    if (error instanceof GrammarError) throw error;
    return { input, error: `internal error: ${(error as Error).message}` };
  }
}
