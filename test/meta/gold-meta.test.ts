// Region codes through the CLI: every seed whose region is found gets its 6-digit 行政区划代码.
// (The gold metadata itself is scored with the other gold figures in test/e2e/gold.test.ts.)
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/schema.js';
import { runCli, seedIds } from '../helpers.js';

describe('region codes through the CLI', () => {
  it('should give every seed with a region a 6-digit 行政区划代码', () => {
    const run = runCli(['--format', 'json', ...seedIds().map((id) => `seeds/${id}.txt`)]);
    expect(run.status).toBe(0);
    const plans = (JSON.parse(run.stdout) as unknown[]).map((p) => planSchema.parse(p));
    expect(plans.filter((p) => p.meta.region)).not.toHaveLength(0);
    for (const plan of plans) if (plan.meta.region) expect(plan.meta.regionCode).toMatch(/^\d{6}$/u);
  });
});
