#!/usr/bin/env node
// `npm run bench`: speed and memory of plan-extract as ratios to floors measured in the same run.
// `npm run bench -- --help` lists the options and what each line means.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { unified } from 'unified';
import { createProcessor, extract } from '../dist/index.js';
import { toYaml } from '../dist/serialize/yaml.js';

const HELP = `npm run bench -- [options]

Generates a corpus from the seeds under bench/out/ (one large file made by repetition, many small
files), then measures, as medians of repeated whole-process runs, plan-extract beside floors
measured in the same run, and prints each figure as a ratio to its floor:

  start-up        \`plan-extract <one seed>\` and \`plan-extract --version\` / \`node -e 0\`, the
                  three run in turn in each round (a drift of the machine reaches all three)
  large file      \`plan-extract --format ndjson --compact\` and \`--format json\` on the large file
                  / a node process that reads and decodes (UTF-8) the same file
  peak RSS        of those two runs / the file's size
  small files     \`plan-extract --format ndjson --jobs 1\` and \`--jobs 2\` over the small files
                  / a node process that reads and decodes them all; and the speed-up of --jobs 2
                  beside the most two cores give this work here: two processes at once, each
                  with half the files (no threads, nothing shared)
  stages          each pipeline stage timed directly (its transformer wrapped with a clock), in
                  this process, on a 5 MB slice of the large file; ms per MB
  YAML            writing the plan of that slice and of its half as YAML (about 2× for 2×: linear)

Options:
  --large-mb N    size of the large file in MB (default 50)
  --small N       number of small files (default 2000)
  --runs N        runs per measure, after one warm-up run (default 3)
  --help          this text

Start-up and the --jobs speed-up need an otherwise idle machine with two free cores.`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const LARGE_MB = arg('--large-mb', 50);
const SMALL = arg('--small', 2000);
const RUNS = arg('--runs', 3);

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
  mkdirSync(OUT, { recursive: true });
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
  const smallDir = join(OUT, `small-${SMALL}`);
  if (!existsSync(smallDir) || readdirSync(smallDir).length !== SMALL) {
    rmSync(smallDir, { recursive: true, force: true });
    mkdirSync(smallDir, { recursive: true });
    for (let i = 0; i < SMALL; i++) writeFileSync(join(smallDir, `${String(i).padStart(5, '0')}.txt`), seeds[i % seeds.length]);
  }
  const smallFiles = readdirSync(smallDir).sort().map((f) => join(smallDir, f));
  return { large, smallFiles, seed: join(ROOT, 'seeds', '001_73bd3943b8d95550.txt') };
}

/** One whole-process run: wall time (ms) and peak RSS (MB), output discarded as it comes. */
function runOnce(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // The child reports its own peak RSS at exit on fd 3 (the probe), so stdout can be drained.
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
    child.stdout.resume();
    let report = '';
    child.stdio[3].on('data', (d) => (report += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (status !== 0) reject(new Error(`node ${args.join(' ')} exited ${status}`));
      else resolve({ ms, rss: Number(/RSS (\d+)/u.exec(report)?.[1] ?? NaN) / 1024 });
    });
  });
}

/** Medians of `runs` whole-process runs after one warm-up (the disk cache). */
async function measure(args, runs = RUNS) {
  const ms = [];
  const rss = [];
  for (let i = 0; i <= runs; i++) {
    const r = await runOnce(args);
    if (i === 0) continue;
    ms.push(r.ms);
    rss.push(r.rss);
  }
  return { ms: median(ms), rss: median(rss) };
}

/**
 * Medians of `runs` rounds, each running every command of `argsList` once in turn (after one
 * warm-up round): a start-up and its floor are timed side by side, so a drift of the machine's
 * speed during the measure (this VM's `node -e 0` moves by 20–30% between minutes) reaches both.
 */
async function interleaved(argsList, runs) {
  const ms = argsList.map(() => []);
  for (let i = 0; i <= runs; i++) {
    for (const [k, args] of argsList.entries()) {
      const r = await runOnce(args);
      if (i > 0) ms[k].push(r.ms);
    }
  }
  return ms.map((m) => ({ ms: median(m) }));
}

/** A script that runs the CLI and writes its peak RSS to fd 3 at exit. */
function probe() {
  const file = join(OUT, 'rss-probe.mjs');
  writeFileSync(
    file,
    `import { writeSync } from 'node:fs';\n` +
      `process.on('exit', () => { try { writeSync(3, 'RSS ' + process.resourceUsage().maxRSS + '\\n'); } catch {} });\n` +
      `process.argv.splice(1, 1);\n` +
      `await import(${JSON.stringify(BIN)});\n`,
  );
  return file;
}

/** A script that reads and decodes the files named on its command line: the floor. */
function floorScript() {
  const file = join(OUT, 'floor.mjs');
  writeFileSync(
    file,
    `import { readFileSync, writeSync } from 'node:fs';\n` +
      `const d = new TextDecoder(); let n = 0;\n` +
      `for (const f of process.argv.slice(2)) n += d.decode(readFileSync(f)).length;\n` +
      `process.on('exit', () => { try { writeSync(3, 'RSS ' + process.resourceUsage().maxRSS + '\\n'); } catch {} });\n`,
  );
  return file;
}

/** Wall time of the runs `argsList` started at once (median of RUNS, after one warm-up). */
async function together(argsList) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    await Promise.all(argsList.map((args) => runOnce(args)));
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

/** Per-stage milliseconds: each plugin's transformer wrapped with a clock, the parse timed alone. */
async function stageTimes(text, runs) {
  const attachers = createProcessor().attachers;
  const totals = new Map();
  const timed = (plugin, name) =>
    function (...options) {
      const transformer = plugin.apply(this, options);
      if (typeof transformer !== 'function') return undefined;
      return async (tree, file) => {
        const t0 = performance.now();
        const result = await transformer(tree, file);
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - t0);
        return result;
      };
    };
  const per = [];
  for (let r = 0; r <= runs; r++) {
    totals.clear();
    let processor = unified();
    for (const [plugin, ...options] of attachers) processor = processor.use(timed(plugin, plugin.name || 'anonymous'), ...options);
    const file = new VFile({ value: text, path: 'bench.txt' });
    const t0 = performance.now();
    const tree = processor.parse(file);
    const parseMs = performance.now() - t0;
    await processor.run(tree, file);
    if (r > 0) per.push(new Map([['parse', parseMs], ...totals]));
  }
  return [...per[0].keys()].map((name) => [name, median(per.map((m) => m.get(name)))]);
}

async function inProcess(fn, runs) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    await fn();
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

async function main() {
  const { large, smallFiles, seed } = makeCorpus();
  const largeBytes = readFileSync(large);
  const largeMB = largeBytes.length / 1e6;
  const smallMB = smallFiles.reduce((n, f) => n + readFileSync(f).length, 0) / 1e6;
  const cli = probe();
  const floor = floorScript();
  const maxSize = ['--max-size', `${Math.ceil(largeMB * 2)}M`];

  const [nodeStart, cliVersion, cliStart] = await interleaved([['-e', '0'], [BIN, '--version'], [BIN, seed]], RUNS * 3);
  const floorLarge = await measure([floor, large]);
  const ndjsonLarge = await measure([cli, BIN, '--format', 'ndjson', '--compact', ...maxSize, large]);
  const jsonLarge = await measure([cli, BIN, '--format', 'json', ...maxSize, large]);
  const floorSmall = await measure([floor, ...smallFiles]);
  const jobs1 = await measure([cli, BIN, '--format', 'ndjson', '--jobs', '1', ...smallFiles]);
  const jobs2 = await measure([cli, BIN, '--format', 'ndjson', '--jobs', '2', ...smallFiles]);
  // The most two cores can give this workload here: two processes, each with half the files.
  const halves = [0, 1].map((h) => smallFiles.filter((_, i) => i % 2 === h));
  const twoProcesses = await together(halves.map((files) => [cli, BIN, '--format', 'ndjson', '--jobs', '1', ...files]));

  // In process, on a 5 MB slice.
  const stageText = largeBytes.toString('utf8').slice(0, 5e6 / 3);
  const stageMB = Buffer.byteLength(stageText) / 1e6;
  const stages = await stageTimes(stageText, RUNS);
  const fullPlan = await extract(stageText, { path: 'bench.txt' });
  const halfPlan = await extract(stageText.slice(0, stageText.length >> 1), { path: 'bench.txt' });
  const yamlHalf = await inProcess(() => toYaml(halfPlan), RUNS);
  const yamlFull = await inProcess(() => toYaml(fullPlan), RUNS);
  const jsonFull = await inProcess(() => JSON.stringify(fullPlan, null, 2), RUNS);

  const rate = (mb, ms) => (mb / (ms / 1000)).toFixed(1);
  const fileMiB = largeBytes.length / 2 ** 20;
  const rows = [
    ['measure', 'plan-extract', 'floor', 'ratio'],
    ['start-up, one seed (ms)', cliStart.ms.toFixed(0), `${nodeStart.ms.toFixed(0)} (node -e 0)`, (cliStart.ms / nodeStart.ms).toFixed(2)],
    ['start-up, --version (ms)', cliVersion.ms.toFixed(0), `${nodeStart.ms.toFixed(0)} (node -e 0)`, (cliVersion.ms / nodeStart.ms).toFixed(2)],
    [`large ${largeMB.toFixed(0)} MB, ndjson --compact (MB/s)`, rate(largeMB, ndjsonLarge.ms), `${rate(largeMB, floorLarge.ms)} (read+decode)`, (ndjsonLarge.ms / floorLarge.ms).toFixed(1)],
    [`large ${largeMB.toFixed(0)} MB, json (MB/s)`, rate(largeMB, jsonLarge.ms), `${rate(largeMB, floorLarge.ms)} (read+decode)`, (jsonLarge.ms / floorLarge.ms).toFixed(1)],
    ['peak RSS, large, ndjson --compact (MB)', ndjsonLarge.rss.toFixed(0), `${fileMiB.toFixed(0)} (file size)`, (ndjsonLarge.rss / fileMiB).toFixed(1)],
    ['peak RSS, large, json (MB)', jsonLarge.rss.toFixed(0), `${fileMiB.toFixed(0)} (file size)`, (jsonLarge.rss / fileMiB).toFixed(1)],
    [`${smallFiles.length} small files ${smallMB.toFixed(0)} MB, --jobs 1 (MB/s)`, rate(smallMB, jobs1.ms), `${rate(smallMB, floorSmall.ms)} (read+decode)`, (jobs1.ms / floorSmall.ms).toFixed(1)],
    [`${smallFiles.length} small files ${smallMB.toFixed(0)} MB, --jobs 2 (MB/s)`, rate(smallMB, jobs2.ms), `${rate(smallMB, floorSmall.ms)} (read+decode)`, (jobs2.ms / floorSmall.ms).toFixed(1)],
    ['speed-up of --jobs 2 over --jobs 1', (jobs1.ms / jobs2.ms).toFixed(2), `${(jobs1.ms / twoProcesses).toFixed(2)} (two processes)`, ''],
    ['peak RSS, small files, --jobs 2 (MB)', jobs2.rss.toFixed(0), '', ''],
    [`YAML of the ${(stageMB / 2).toFixed(1)} → ${stageMB.toFixed(1)} MB plan (ms)`, `${yamlHalf.toFixed(0)} → ${yamlFull.toFixed(0)}`, `${jsonFull.toFixed(0)} (JSON, ${stageMB.toFixed(1)} MB)`, (yamlFull / jsonFull).toFixed(1)],
  ];
  const stageSum = stages.reduce((n, [, ms]) => n + ms, 0);
  for (const [name, ms] of stages) rows.push([`  stage ${name} (ms per MB)`, (ms / stageMB).toFixed(1), '', `${((100 * ms) / stageSum).toFixed(0)}%`]);
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  console.log(`plan-extract benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${RUNS} runs`);
  for (const r of rows) console.log(r.map((cell, c) => String(cell).padEnd(width[c])).join('  '));
}

await main();
