#!/usr/bin/env node
// `npm run bench:many`: extractMany over N inputs (the seeds repeated, default 200) in this thread,
// on 1 worker and on 2 workers, each timed end to end (--runs R, median): workers started for the
// call; then the same batch on a pool kept warm across batches (createExtractPool: two batches
// to warm it up, then R timed). On a machine with two free cores, 2 workers should take clearly
// less time than 1. A benchmark, not a test: run it by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractPool, extractMany } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('--inputs', 200);
const RUNS = arg('--runs', 3);

const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f)));
const inputs = Array.from({ length: N }, (_, i) => ({ path: `doc-${i}.txt`, content: seeds[i % seeds.length] }));

async function once(workers) {
  const started = performance.now();
  let plans = 0;
  for await (const r of extractMany(inputs, { workers })) if ('plan' in r) plans++;
  if (plans !== N) throw new Error(`expected ${N} plans, got ${plans}`);
  return performance.now() - started;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`extractMany over ${N} inputs, median of ${RUNS} runs, ${availableParallelism()} cores`);
for (const [label, workers] of [['this thread', undefined], ['1 worker', 1], ['2 workers', 2]]) {
  const times = [];
  for (let r = 0; r < RUNS; r++) times.push(await once(workers));
  console.log(`${label.padEnd(12)} ${(median(times) / 1000).toFixed(2)} s`);
}

async function batchOn(pool) {
  const started = performance.now();
  let plans = 0;
  for await (const r of pool.extractMany(inputs)) if ('plan' in r) plans++;
  if (plans !== N) throw new Error(`expected ${N} plans, got ${plans}`);
  return performance.now() - started;
}

for (const workers of [1, 2]) {
  const pool = await createExtractPool({ workers });
  try {
    for (let warm = 0; warm < 2; warm++) await batchOn(pool);
    const times = [];
    for (let r = 0; r < RUNS; r++) times.push(await batchOn(pool));
    console.log(`${`${workers} warm`.padEnd(12)} ${(median(times) / 1000).toFixed(2)} s`);
  } finally {
    await pool.close();
  }
}
