// Ignore files of `plan-extract check`: .plan-extractignore and .gitignore in the working
// directory, in gitignore syntax (the `ignore` package implements it). Files they match are left
// out when directories and globs are expanded; a file named on the command line is still checked.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILES = ['.plan-extractignore', '.gitignore'] as const;

export interface IgnoreFiles {
  /** The ignore files that were found, in the order they were read. */
  files: string[];
  /** Whether `path` (relative to the working directory, or absolute) is ignored. */
  ignores(path: string): boolean;
}

/** The ignore files found in `cwd`, read into one matcher. */
export function loadIgnoreFiles(cwd: string): IgnoreFiles {
  const matcher = ignore();
  const files: string[] = [];
  for (const name of IGNORE_FILES) {
    const path = join(cwd, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    matcher.add(text);
    files.push(path);
  }
  return {
    files,
    ignores(path) {
      if (files.length === 0) return false;
      const rel = relative(cwd, isAbsolute(path) ? path : join(cwd, path));
      // Only paths under the working directory: gitignore patterns say nothing about the others.
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
      return matcher.ignores(rel.split(sep).join('/'));
    },
  };
}
