// Streamed output through the real CLI: a document larger than many chunks comes out the same on
// standard output, in an -o file, in an --out-dir file and from a worker thread; --compact is the
// smaller tree its published schema describes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { LARGE_INPUT } from '../../src/cli/extract.js';
import { ROOT, runCli, seedIds } from '../helpers.js';

const seeds = () => seedIds().map((id) => `seeds/${id}.txt`);
let dir = '';
/** The seeds three times over in one file: its JSON is over a million characters, dozens of chunks. */
let large = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-stream-'));
  large = join(dir, 'large.txt');
  const text = seeds().map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n\n');
  writeFileSync(large, [text, text, text].join('\n\n'));
});

/** Leaves out the source slices of paragraphs and furniture, as --compact does. */
function withoutSlices(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return key === 'value' && (this.type === 'paragraph' || this.type === 'boilerplate') ? undefined : value;
}

describe('streamed output', () => {
  it('should support a document of many chunks written alike to stdout, -o and --out-dir, as JSON.stringify writes it', () => {
    for (const format of ['json', 'ndjson', 'yaml', 'csv', 'markdown']) {
      const stdout = runCli(['--format', format, large]);
      expect(stdout.status).toBe(0);
      const file = join(dir, `out.${format}`);
      expect(runCli(['--format', format, '-o', file, large]).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(stdout.stdout);
      const outDir = join(dir, `dir-${format}`);
      expect(runCli(['--format', format, '--out-dir', outDir, large]).status).toBe(0);
      expect(readFileSync(join(outDir, `large.${format === 'markdown' ? 'md' : format}`), 'utf8')).toBe(stdout.stdout);
      if (format === 'json') {
        expect(stdout.stdout.length).toBeGreaterThan(16 * (1 << 16));
        expect(stdout.stdout).toBe(`${JSON.stringify(JSON.parse(stdout.stdout), null, 2)}\n`);
      }
    }
  });

  it('should support a large document from a worker thread written as in one thread', () => {
    const batch = [large, ...seeds(), large, ...seeds()];
    const threaded = runCli(['--format', 'ndjson', '--jobs', '2', ...batch]);
    const single = runCli(['--format', 'ndjson', '--jobs', '1', ...batch]);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stdout.split('\n')).toHaveLength(batch.length + 1);
  });
});

describe('a large input in a threaded batch', () => {
  it('should support an input above LARGE_INPUT extracted in the main thread, written as with one thread', () => {
    const big = join(dir, 'big.txt');
    const text = readFileSync(large, 'utf8');
    writeFileSync(big, Array.from({ length: Math.ceil(LARGE_INPUT / Buffer.byteLength(text)) }, () => text).join('\n\n'));
    const batch = [...seeds(), big, ...seeds()];
    const threaded = runCli(['--format', 'ndjson', '--compact', '--jobs', '2', ...batch]);
    expect(threaded.status).toBe(0);
    expect(threaded.stdout).toBe(runCli(['--format', 'ndjson', '--compact', '--jobs', '1', ...batch]).stdout);
  });
});

describe('--compact', () => {
  const compactSchema = () => JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan-compact.schema.json'), 'utf8')) as Record<string, unknown>;

  it('should support the full tree without the source slices, on one line, valid under the compact schema', () => {
    const full = runCli(['--format', 'ndjson', ...seeds()]).stdout.trim().split('\n');
    const compact = runCli(['--format', 'ndjson', '--compact', ...seeds()]).stdout.trim().split('\n');
    const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(compactSchema());
    expect(compact).toHaveLength(full.length);
    compact.forEach((line, i) => {
      expect(line).toBe(JSON.stringify(JSON.parse(full[i] as string), withoutSlices));
      expect(validate(JSON.parse(line)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    });
    expect(compact.join('').length).toBeLessThan(full.join('').length * 0.9);
  });

  it('should not support a compact document under the full schema, nor a full one under the compact schema', () => {
    const full = JSON.parse(runCli(['--format', 'ndjson', seeds()[0] as string]).stdout) as unknown;
    const compact = JSON.parse(runCli(['--format', 'ndjson', '--compact', seeds()[0] as string]).stdout) as unknown;
    const ajv = new Ajv2020.default({ strict: false });
    const validateFull = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8')) as object);
    const validateCompact = new Ajv2020.default({ strict: false }).compile(compactSchema());
    expect(validateFull(full)).toBe(true);
    expect(validateFull(compact)).toBe(false);
    expect(validateCompact(full)).toBe(false);
  });

  it('should support the compact schema as `plan-extract schema --compact` prints it', () => {
    expect(JSON.parse(runCli(['schema', '--compact']).stdout)).toEqual(compactSchema());
  });

  it('should support recovering each slice from the decoded text and the leaf’s offsets', () => {
    const seed = seeds()[1] as string;
    const source = readFileSync(join(ROOT, seed), 'utf8').replace(/^\ufeff/u, '');
    const full = JSON.parse(runCli(['--format', 'ndjson', seed]).stdout) as { children: unknown[] };
    const leaves = (children: unknown[]): Array<{ value: string; position: { start: { offset: number }; end: { offset: number } } }> =>
      children.flatMap((c) => {
        const node = c as { type: string; children?: unknown[] };
        return node.type === 'section' ? leaves(node.children ?? []) : [c as never];
      });
    const all = leaves(full.children);
    expect(all.length).toBeGreaterThan(10);
    for (const leaf of all) expect(source.slice(leaf.position.start.offset, leaf.position.end.offset)).toBe(leaf.value);
  });
});
