// Output in chunks: joined, the chunks are exactly what one string would have held (JSON.stringify
// for JSON), whatever the chunk size; no chunk is much larger than asked; and a writer that waits
// for its reader holds no more than a chunk or so in memory.
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openOutput } from '../../src/cli/output-file.js';
import { extract } from '../../src/pipeline.js';
import type { Plan } from '../../src/schema.js';
import { joinChunks, textChunks } from '../../src/serialize/chunks.js';
import { FORMATS, pieceChunks } from '../../src/serialize/format.js';
import { jsonChunks, RUN } from '../../src/serialize/json.js';
import { yamlChunks } from '../../src/serialize/yaml.js';
import { readSeed, seedIds } from '../helpers.js';

let plans: Plan[] = [];
beforeAll(async () => {
  plans = await Promise.all(seedIds().map((id) => extract(readSeed(id), { path: `seeds/${id}.txt` })));
});

/** What --compact leaves out, as a JSON.stringify replacer (the oracle of `omit`). */
function withoutSlices(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return key === 'value' && (this.type === 'paragraph' || this.type === 'boilerplate') ? undefined : value;
}

describe('jsonChunks', () => {
  it('should support writing each seed exactly as JSON.stringify does, pretty and on one line', () => {
    for (const plan of plans) {
      expect(joinChunks(jsonChunks(plan, { indent: 2 }))).toBe(JSON.stringify(plan, null, 2));
      expect(joinChunks(jsonChunks(plan))).toBe(JSON.stringify(plan));
      expect(joinChunks(jsonChunks(plan, { indent: 2, chunkSize: 7 }))).toBe(JSON.stringify(plan, null, 2));
    }
  });

  it('should support leaving out the source slices exactly as a replacer would', () => {
    const omit = (node: Record<string, unknown>) => (node.type === 'paragraph' || node.type === 'boilerplate' ? 'value' : undefined);
    for (const plan of plans) {
      expect(joinChunks(jsonChunks(plan, { omit }))).toBe(JSON.stringify(plan, withoutSlices));
      expect(joinChunks(jsonChunks(plan, { omit, indent: 2 }))).toBe(JSON.stringify(plan, withoutSlices, 2));
    }
  });

  it('should support any value (undefined members, NaN, nested arrays of objects) at any chunk size', () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 6 }).filter((v) => v !== undefined),
        fc.constantFrom(undefined, 0, 2, 4),
        fc.integer({ min: 1, max: 64 }),
        (value, indent, chunkSize) => {
          expect(joinChunks(jsonChunks(value, { indent, chunkSize }))).toBe(JSON.stringify(value, null, indent));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should not support one chunk for a whole document: each chunk reaches the size asked for, and passes it by one run of leaves at most', () => {
    const plan = plans.reduce((a, b) => (JSON.stringify(a).length > JSON.stringify(b).length ? a : b));
    const chunks = [...jsonChunks(plan, { indent: 2, chunkSize: 4096 })];
    const leafLengths = (children: Plan['children']): number[] =>
      children.flatMap((c) => (c.type === 'section' ? [JSON.stringify({ ...c, children: [] }, null, 12).length, ...leafLengths(c.children)] : [JSON.stringify(c, null, 12).length]));
    const longestRun = RUN * Math.max(...leafLengths(plan.children), ...plan.indicators.map((i) => JSON.stringify(i, null, 12).length));
    expect(chunks.length).toBeGreaterThan(10);
    chunks.slice(0, -1).forEach((chunk) => expect(chunk.length).toBeGreaterThanOrEqual(4096));
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(4096 + longestRun);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(JSON.stringify(plan, null, 2).length / 4);
  });
});

describe('chunked formats', () => {
  it('should support the same bytes at every chunk boundary for every format', async () => {
    for (const plan of plans) {
      for (const format of FORMATS) {
        const chunks = [...(await pieceChunks(plan, format))];
        expect(chunks.length, format).toBeGreaterThan(0);
        expect(joinChunks(textChunks(chunks, 5))).toBe(joinChunks(chunks));
      }
      expect(joinChunks(await pieceChunks(plan, 'json'))).toBe(`${JSON.stringify(plan, null, 2)}\n`);
      expect(joinChunks(await pieceChunks(plan, 'ndjson'))).toBe(`${JSON.stringify(plan)}\n`);
      expect(joinChunks(await pieceChunks(plan, 'ndjson', { compact: true }))).toBe(`${JSON.stringify(plan, withoutSlices)}\n`);
      expect(joinChunks(await pieceChunks(plan, 'json', { compact: true }))).toBe(`${JSON.stringify(plan, withoutSlices)}\n`);
    }
  });

  it('should support YAML in many chunks for a large plan, and compact YAML without source slices', async () => {
    const plan = plans[0] as Plan;
    const chunks = [...yamlChunks({ many: Array.from({ length: 20 }, () => plan) })];
    expect(chunks.length).toBeGreaterThan(5);
    const compact = parse(joinChunks(await pieceChunks(plan, 'yaml', { compact: true }))) as unknown;
    expect(compact).toEqual(JSON.parse(JSON.stringify(plan, withoutSlices)));
    expect(compact).not.toEqual(JSON.parse(JSON.stringify(plan)));
  });
});

/** A reader slower than the writer: takes one write every few milliseconds. */
class SlowReader extends Writable {
  maxBuffered = 0;
  received = 0;

  constructor() {
    super({ highWaterMark: 1 << 14, decodeStrings: false });
  }

  override _write(chunk: string, _encoding: string, done: () => void): void {
    this.received += chunk.length;
    setTimeout(done, 2);
  }

  override write(chunk: string): boolean {
    const ok = super.write(chunk);
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    return ok;
  }
}

describe('back-pressure', () => {
  it('should support a slow reader: the writer waits, buffering no more than one chunk past the reader’s limit', async () => {
    const plan = plans.reduce((a, b) => (JSON.stringify(a).length > JSON.stringify(b).length ? a : b));
    const reader = new SlowReader();
    const out = await openOutput(undefined, reader);
    let produced = 0;
    let largest = 0;
    for (const chunk of jsonChunks(plan, { indent: 2, chunkSize: 4096 })) {
      produced += chunk.length;
      largest = Math.max(largest, chunk.length);
      await out?.write(chunk);
      // What has been produced but not yet taken by the reader.
      expect(produced - reader.received).toBeLessThanOrEqual((1 << 14) + largest);
    }
    expect(produced).toBe(JSON.stringify(plan, null, 2).length);
    expect(reader.maxBuffered).toBeLessThanOrEqual((1 << 14) + largest);
  });
});
