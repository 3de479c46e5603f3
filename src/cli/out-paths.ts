// Where --out-dir writes each input: the input's path relative to the inputs' common directory,
// with the format's extension (seeds/a.txt → out/a.json; d1/a.txt and d2/a.txt → out/d1/a.json and
// out/d2/a.json), standard input as stdin.<ext>. Two inputs that would still share a name (b.md and
// b.txt) are refused before anything is written.
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

export type OutputPaths = { paths: Map<string, string> } | { error: string };

function commonDirectory(dirs: string[]): string {
  let common = (dirs[0] as string).split(sep);
  for (const dir of dirs.slice(1)) {
    const parts = dir.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

/** Maps each input (as given) to its output path under `outDir`; inputs named twice map once. */
export function outputPaths(inputs: readonly string[], outDir: string, extension: string): OutputPaths {
  const files = inputs.filter((i) => i !== '-');
  const root = files.length > 0 ? commonDirectory(files.map((f) => dirname(resolve(f)))) : '';
  const paths = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const input of inputs) {
    const rel = input === '-' ? 'stdin' : relative(root, resolve(input));
    const target = join(outDir, dirname(rel), basename(rel, extname(rel)) + extension);
    const other = owner.get(target);
    if (other !== undefined && (other === input || (other !== '-' && input !== '-' && resolve(other) === resolve(input)))) continue;
    if (other !== undefined) return { error: `${other} and ${input} would both be written to ${target}; rename one or run them separately` };
    owner.set(target, input);
    paths.set(input, target);
  }
  return { paths };
}
