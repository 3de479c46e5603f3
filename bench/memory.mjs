// Where the memory goes: runs the built pipeline (dist/) on one file stage by stage and prints the
// heap after each stage. Run after `npm run build`:
//
//   node --expose-gc bench/memory.mjs FILE                 live set after each stage (a full GC first)
//   node bench/memory.mjs FILE                             heap as it grows (no forced GC): the garbage
//   node --expose-gc bench/memory.mjs FILE --snapshot outline,done
//                                                          also a heap snapshot at those stages, summed
//                                                          up by object shape (property names) and type
//
// Peak RSS of the whole CLI is measured with `/usr/bin/time -f %M` (see BENCHMARKS.md); this script
// says which stage holds or throws away what.
import { readFileSync, rmSync } from 'node:fs';
import v8 from 'node:v8';
import { VFile } from 'vfile';
import { unified } from 'unified';

const root = new URL('../dist/', import.meta.url);
const { decode } = await import(new URL('decode/decode.js', root).href);
const { createProcessor } = await import(new URL('pipeline.js', root).href);

const args = process.argv.slice(2);
const at = args.indexOf('--snapshot');
const snapshotAt = new Set(at >= 0 ? (args.splice(at, 2)[1] ?? '').split(',') : []);
const path = args[0];
if (!path) {
  console.error('usage: node [--expose-gc] bench/memory.mjs FILE [--snapshot STAGE,...]');
  process.exit(2);
}
const STAGES = ['parse', 'blocks', 'outline', 'meta', 'dates', 'indicators', 'metrics', 'check'];
const mb = (n) => (n / 1048576).toFixed(0).padStart(5);

/** Heap snapshot nodes summed by type and (for objects and arrays) by their property names. */
function summarize(file) {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields: nf, edge_fields: ef, node_types: nt, edge_types: et } = snap.snapshot.meta;
  const [types, edgeTypes] = [nt[0], et[0]];
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const [eType, eName] = ['type', 'name_or_index'].map((f) => ef.indexOf(f));
  const { nodes, edges, strings } = snap;
  const sums = new Map();
  let e = 0;
  for (let i = 0; i < nodes.length; i += nf.length) {
    const type = types[nodes[i + iType]];
    const count = nodes[i + iEdges];
    let key = type;
    if ((type === 'object' && strings[nodes[i + iName]] === 'Object') || type === 'array') {
      const props = [];
      for (let k = 0; k < count; k++) {
        const at = e + k * ef.length;
        if (edgeTypes[edges[at + eType]] === 'property' && strings[edges[at + eName]] !== '__proto__') props.push(strings[edges[at + eName]]);
      }
      key = `${type} {${props.slice(0, 10).join(',')}}`;
    } else if (type === 'object' || type === 'closure' || type === 'native') key = `${type} ${strings[nodes[i + iName]].slice(0, 50)}`;
    const sum = sums.get(key) ?? { count: 0, size: 0 };
    sum.count++;
    sum.size += nodes[i + iSize];
    sums.set(key, sum);
    e += count * ef.length;
  }
  for (const [key, { count, size }] of [...sums].sort((a, b) => b[1].size - a[1].size).slice(0, 20)) {
    console.log(`    ${mb(size)} MB ${String(count).padStart(9)} × ${key}`);
  }
}

function probe(stage) {
  globalThis.gc?.();
  const m = process.memoryUsage();
  console.log(`${stage.padEnd(12)} heap used ${mb(m.heapUsed)} MB  external ${mb(m.external)} MB  rss ${mb(m.rss)} MB  peak rss ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  if (!snapshotAt.has(stage)) return;
  const file = v8.writeHeapSnapshot();
  summarize(file);
  rmSync(file);
}

console.log(globalThis.gc ? 'after a full GC at each stage (live set):' : 'no forced GC (heap as it grows, garbage included):');
let bytes = readFileSync(path);
probe('read');
let { text } = await decode(bytes);
bytes = undefined;
probe('decoded');
// The processor's plugins, each followed by a probe.
let processor = unified();
createProcessor().attachers.forEach(([plugin, ...options], i) => {
  processor = processor.use(plugin, ...options).use(() => () => probe(STAGES[i] ?? `stage ${i}`));
});
const file = new VFile({ value: text, path });
text = undefined;
const tree = await processor.run(processor.parse(file), file);
probe('done');
console.log(`${tree.children.length} top-level nodes`);
