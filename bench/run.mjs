#!/usr/bin/env node
// `npm run bench`: speed and memory of plan-extract beside the floor it cannot beat.
//
// Generates a corpus from the seeds under bench/out/ (one large file made by repetition and many
// small files), then measures, as medians of repeated runs (tinybench in process, hyperfine-style
// repeated spawns for start-up):
//   floor      read + UTF-8 decode of the same bytes; `node -e 0` start-up
//   start-up   `plan-extract <one seed>` end to end
//   throughput decode → tree → indicators → JSON on the large file and on the small files
//   stages     time per pipeline stage on a 5 MB slice of the large file
//   YAML       writing the plan of that slice and of its half as YAML (linear: about 2× for 2×), beside JSON
//   memory     peak RSS of the CLI on the large file, and on all small files in one run
// Options: --large-mb N (default 50), --small N (default 20000), --runs N (default 5).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { VFile } from 'vfile';
import { createProcessor, extract } from '../dist/index.js';
import { toYaml } from '../dist/serialize/yaml.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const LARGE_MB = arg('--large-mb', 50);
const SMALL = arg('--small', 20000);
const RUNS = arg('--runs', 5);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function makeCorpus() {
  const seeds = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f)));
  mkdirSync(join(OUT, 'small'), { recursive: true });
  const large = join(OUT, `large-${LARGE_MB}mb.txt`);
  if (!existsSync(large)) {
    const parts = [];
    let size = 0;
    for (let i = 0; size < LARGE_MB * 1e6; i++) {
      const seed = seeds[i % seeds.length];
      parts.push(seed, Buffer.from('\n\n'));
      size += seed.length + 2;
    }
    writeFileSync(large, Buffer.concat(parts));
  }
  const smallDir = join(OUT, 'small');
  if (readdirSync(smallDir).length !== SMALL) {
    rmSync(smallDir, { recursive: true, force: true });
    mkdirSync(smallDir, { recursive: true });
    for (let i = 0; i < SMALL; i++) writeFileSync(join(smallDir, `${String(i).padStart(5, '0')}.txt`), seeds[i % seeds.length]);
  }
  const smallFiles = readdirSync(smallDir).sort().map((f) => join(smallDir, f));
  return { large, smallFiles, seed: join(ROOT, 'seeds', '001_73bd3943b8d95550.txt') };
}

/** Median wall time of spawning a command `runs` times (hyperfine-style). */
function spawnMedian(cmd, args, runs) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // first run warms the disk cache
  }
  return median(times);
}

/** Peak RSS (MB) of one CLI run, read by the child itself at exit. */
function peakRss(args) {
  // A probe file, not `--input-type=module -e`: worker threads inherit the execArgv, and with
  // --input-type every worker failed to start.
  const probe = join(OUT, 'rss-probe.mjs');
  writeFileSync(probe, `process.on('exit',()=>process.stderr.write('\\nRSS '+process.resourceUsage().maxRSS+'\\n'));process.argv=[process.argv[0],${JSON.stringify(BIN)},...${JSON.stringify(args)}];await import(${JSON.stringify(BIN)});`);
  const r = spawnSync(process.execPath, [probe], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /RSS (\d+)/u.exec(r.stderr);
  return m ? Number(m[1]) / 1024 : NaN;
}

async function timeIt(fn) {
  const bench = new Bench({ iterations: RUNS, warmupIterations: 1, time: 0, warmupTime: 0 });
  bench.add('x', fn);
  await bench.run();
  const task = bench.tasks[0];
  const latency = task.result?.latency;
  return latency?.p50 ?? latency?.mean ?? NaN;
}

async function stageTimes(text) {
  const attachers = createProcessor().attachers;
  const names = attachers.map(([plugin]) => plugin.name || 'anonymous');
  const cumulative = [];
  for (let i = 1; i <= attachers.length; i++) {
    cumulative.push(
      await timeIt(async () => {
        const p = createProcessor();
        p.attachers.length = i;
        const file = new VFile({ value: text, path: 'bench.txt' });
        const tree = p.parse(file);
        if (i > 1) await p.run(tree, file);
      }),
    );
  }
  return names.map((name, i) => [name, cumulative[i] - (i > 0 ? cumulative[i - 1] : 0)]);
}

async function main() {
  const { large, smallFiles, seed } = makeCorpus();
  const largeBytes = readFileSync(large);
  const largeMB = largeBytes.length / 1e6;
  const smallBytes = smallFiles.map((f) => readFileSync(f));
  const smallMB = smallBytes.reduce((n, b) => n + b.length, 0) / 1e6;

  const floorLarge = await timeIt(() => new TextDecoder().decode(readFileSync(large)));
  const floorSmall = await timeIt(() => {
    for (const f of smallFiles) new TextDecoder().decode(readFileSync(f));
  });
  const nodeStart = spawnMedian(process.execPath, ['-e', '0'], RUNS * 2);
  const cliStart = spawnMedian(process.execPath, [BIN, seed], RUNS * 2);
  const e2eLarge = await timeIt(async () => JSON.stringify(await extract(readFileSync(large), { path: large })));
  const e2eSmall = await timeIt(async () => {
    for (const f of smallFiles) JSON.stringify(await extract(readFileSync(f), { path: f }));
  });
  // Stage times on a 5 MB slice: the cumulative runs repeat the pipeline once per stage.
  const stageText = largeBytes.toString('utf8').slice(0, 5e6 / 3);
  const stageMB = Buffer.byteLength(stageText) / 1e6;
  const stages = await stageTimes(stageText);
  const fullPlan = await extract(stageText, { path: 'bench.txt' });
  const halfPlan = await extract(stageText.slice(0, stageText.length >> 1), { path: 'bench.txt' });
  const yamlHalf = await timeIt(() => toYaml(halfPlan));
  const yamlFull = await timeIt(() => toYaml(fullPlan));
  const jsonFull = await timeIt(() => JSON.stringify(fullPlan, null, 2));
  const rssLarge = peakRss(['--compact', large]);
  const rssSmall = peakRss(['--compact', '--out-dir', join(OUT, 'json'), ...smallFiles.slice(0, 2000)]);

  const rate = (mb, ms) => (mb / (ms / 1000)).toFixed(1);
  const rows = [
    ['measure', 'plan-extract', 'floor', 'ratio'],
    ['start-up, one seed (ms)', cliStart.toFixed(0), `${nodeStart.toFixed(0)} (node -e 0)`, (cliStart / nodeStart).toFixed(2)],
    [`large file ${largeMB.toFixed(0)} MB (MB/s)`, rate(largeMB, e2eLarge), `${rate(largeMB, floorLarge)} (read+decode)`, (e2eLarge / floorLarge).toFixed(0)],
    [`${smallFiles.length} small files, ${smallMB.toFixed(0)} MB (MB/s)`, rate(smallMB, e2eSmall), `${rate(smallMB, floorSmall)} (read+decode)`, (e2eSmall / floorSmall).toFixed(0)],
    [`${smallFiles.length} small files (files/s)`, (smallFiles.length / (e2eSmall / 1000)).toFixed(0), '', ''],
    ['peak RSS, large file (MB)', rssLarge.toFixed(0), `${(largeBytes.length / 2 ** 20).toFixed(0)} (file size)`, (rssLarge / (largeBytes.length / 2 ** 20)).toFixed(1)],
    ['peak RSS, 2000 small files --out-dir (MB)', rssSmall.toFixed(0), '', ''],
    [`YAML of the ${(stageMB / 2).toFixed(1)} → ${stageMB.toFixed(1)} MB plan (ms)`, `${yamlHalf.toFixed(0)} → ${yamlFull.toFixed(0)}`, `${jsonFull.toFixed(0)} (JSON, ${stageMB.toFixed(1)} MB)`, (yamlFull / jsonFull).toFixed(1)],
  ];
  for (const [name, ms] of stages) rows.push([`  stage ${name} (ms per ${stageMB.toFixed(1)} MB)`, ms.toFixed(0), '', '']);
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  console.log(`plan-extract benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${RUNS} runs`);
  for (const r of rows) console.log(r.map((cell, c) => String(cell).padEnd(width[c])).join('  '));
}

await main();
