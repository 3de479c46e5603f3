// The seeds' gold metadata, end to end through the real CLI, compared as the scorer does (NFKC,
// white space removed).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planSchema } from '../../src/schema.js';
import { readGold, runCli, seedIds } from '../helpers.js';

const norm = (v: unknown): unknown =>
  typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/gu, '') : Array.isArray(v) ? v.map(norm) : (v ?? null);
const FIELDS = ['title', 'issuer', 'docNumber', 'issueDate', 'publishDate', 'region', 'planYears', 'kind', 'addressees'] as const;

describe('gold metadata through the CLI', () => {
  const run = runCli(['--format', 'json', ...seedIds().map((id) => `seeds/${id}.txt`)]);
  const plans = run.status === 0 ? (JSON.parse(run.stdout) as unknown[]).map((p) => planSchema.parse(p)) : [];

  it('should run the CLI on all seeds', () => {
    expect(run.status).toBe(0);
    expect(plans).toHaveLength(seedIds().length);
  });

  seedIds().forEach((id, i) => {
    it(`should reproduce the metadata of ${id}`, () => {
      const gold = parse(readGold(`${id}.meta.yaml`)) as Record<string, unknown>;
      const meta = plans[i]?.meta as Record<string, unknown> | undefined;
      expect(meta).toBeDefined();
      for (const field of FIELDS) expect(norm(meta?.[field]), `${id} ${field}`).toEqual(norm(gold[field]));
    });
  });

  it('should give every seed with a region a 6-digit 行政区划代码', () => {
    for (const plan of plans) if (plan.meta.region) expect(plan.meta.regionCode).toMatch(/^\d{6}$/u);
  });
});
