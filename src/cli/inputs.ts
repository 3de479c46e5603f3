// Expands the inputs of every command: files as given, directories to the .txt/.md files under
// them, globs through tinyglobby; --ignore patterns apply to what directories and globs expand to.
// Order is kept (each argument's matches sorted), duplicates dropped: a file reached twice (named
// twice, or again through a symbolic link or a link loop) is read once, under its first name —
// except by the data command, which prints a file as many times as it is named (`repeats`).
// tinyglobby is loaded only when an argument is not a file (most runs name files).
import { realpath, stat } from 'node:fs/promises';
import { errorLine } from './output.js';

/** What a directory expands to. */
export const DIRECTORY_FILES = '**/*.{txt,md,markdown}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Arguments that named nothing, with the reason. */
  unmatched: Array<{ input: string; reason: string }>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface ExpandOptions {
  cwd?: string;
  /** Keep a file named again as an argument (standard input is still read once). */
  repeats?: boolean;
}

export async function expandInputs(args: readonly string[], ignore: readonly string[], { cwd = process.cwd(), repeats = false }: ExpandOptions = {}): Promise<Expanded> {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: Expanded['unmatched'] = [];
  const add = async (f: string, named = false) => {
    const key = f === '-' ? f : await realpath(f).catch(() => f);
    if (!seen.has(key) || (repeats && named && f !== '-')) {
      seen.add(key);
      files.push(f);
    }
  };
  const addAll = async (found: string[]) => {
    for (const f of found) await add(f);
  };
  const options = { cwd, ignore: [...ALWAYS_IGNORED, ...ignore], onlyFiles: true, dot: false, expandDirectories: false };
  for (const arg of args) {
    if (arg === '-') {
      await add(arg);
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isFile()) {
      await add(arg, true);
      continue;
    }
    const { convertPathToPattern, glob, isDynamicPattern } = await import('tinyglobby');
    if (info?.isDirectory()) {
      const base = arg.replace(/[\\/]+$/u, '');
      const found = (await glob([`${convertPathToPattern(base)}/${DIRECTORY_FILES}`], options)).sort(byCodeUnit);
      if (found.length === 0) unmatched.push({ input: arg, reason: 'no .txt or .md file in this directory' });
      await addAll(found);
      continue;
    }
    if (isDynamicPattern(arg)) {
      const found = (await glob([arg], options)).sort(byCodeUnit);
      if (found.length === 0) unmatched.push({ input: arg, reason: 'no file matches this pattern' });
      await addAll(found);
      continue;
    }
    if (info) await add(arg, true); // a socket, a FIFO…: reported as unreadable
    else unmatched.push({ input: arg, reason: 'no such file or directory' });
  }
  return { files, unmatched };
}

/**
 * Expands the inputs of a command that takes files, directories and globs, naming on stderr each
 * argument that matched nothing. Undefined (usage error) when no argument was given or nothing
 * matched at all.
 */
export async function resolveInputs(patterns: readonly string[], ignore: readonly string[], what: string, options: ExpandOptions = {}): Promise<Expanded | undefined> {
  if (patterns.length === 0) {
    errorLine(null, `no input: give files, directories or globs ${what}`);
    return undefined;
  }
  const expanded = await expandInputs(patterns, ignore, options);
  for (const u of expanded.unmatched) errorLine(u.input, u.reason);
  if (expanded.files.length === 0) {
    errorLine(null, 'no input matched');
    return undefined;
  }
  return expanded;
}
