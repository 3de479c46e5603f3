// npm run fuzz [-- <runs>]: the property suite of test/property, with <runs> runs in all
// (default 100,000) shared among its properties instead of the few thousand of `npm test`.
// Prints the runs made (read back from the test results) and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`fuzz: the number of runs must be a positive integer, not ${process.argv[2]}`);
  process.exit(2);
}

const results = join(tmpdir(), `plan-extract-fuzz-${process.pid}.json`);
const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', 'test/property', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PLAN_EXTRACT_FUZZ_RUNS: String(runs) },
});

if (!existsSync(results)) {
  console.error('fuzz: the test run left no results');
  process.exit(run.status || 1);
}
const report = JSON.parse(readFileSync(results, 'utf8'));
rmSync(results, { force: true });
let total = 0;
for (const file of report.testResults) {
  for (const test of file.assertionResults) {
    const made = test.meta?.runs;
    if (typeof made !== 'number') continue;
    total += made;
    console.log(`fuzz: ${made.toLocaleString('en')} runs  ${test.status}  ${test.fullName}`);
  }
}
console.log(`fuzz: ${total.toLocaleString('en')} runs in all (${runs.toLocaleString('en')} asked), ${report.numFailedTests} failed tests`);
process.exit(run.status ?? 1);
