// The README's single-machine map step: xargs fans the seeds out over two CLI processes and
// the NDJSON outputs (--compact: valid under the compact schema), one file per input under --out-dir,
// concatenate into one document a line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactPlanSchema } from '../../src/schema.js';
import { BIN, ROOT, SEEDS, seedIds } from '../helpers.js';

describe('README map step', () => {
  it('should support fanning files out with xargs -P into one NDJSON stream', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const command = /^find seeds .*> plans\.ndjson$/mu.exec(readme)?.[0];
    expect(command).toBeDefined();
    // Run exactly the documented pipeline, with the CLI on PATH as `plan-extract`, in a scratch folder.
    const dir = mkdtempSync(join(tmpdir(), 'map-step-'));
    cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
    const shell = `plan-extract() { node ${JSON.stringify(BIN)} "$@"; }; export -f plan-extract; ${(command as string).replace(
      'xargs -0 -n 2 -P 2 npx plan-extract',
      'xargs -0 -n 2 -P 2 bash -c \'plan-extract "$@"\' _',
    )}`;
    const run = spawnSync('bash', ['-c', shell], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    const lines = readFileSync(join(dir, 'plans.ndjson'), 'utf8').trim().split('\n');
    const paths = lines.map((l) => compactPlanSchema.parse(JSON.parse(l)).source.path);
    expect([...paths].sort()).toEqual(seedIds().map((id) => `seeds/${id}.txt`));
  });
});
