// Tricky documents of the genres the meta stage must handle beyond the seeds (fixtures/meta/):
// national 方案 and 纲要, a 2001 plan, municipal 意见 and 实施方案, a district 实施细则 from a PDF,
// a district plan named only by its campaign.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extract } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';

const DIR = join(ROOT, 'fixtures', 'meta');
const norm = (v: unknown): unknown =>
  typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/gu, '') : Array.isArray(v) ? v.map(norm) : (v ?? null);
const FIELDS = ['title', 'issuer', 'docNumber', 'issueDate', 'publishDate', 'region', 'regionCode', 'planYears', 'kind', 'addressees'] as const;

describe('meta fixtures', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(`should support ${name}`, async () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const want = parse(readFileSync(join(DIR, name.replace(/\.txt$/u, '.meta.yaml')), 'utf8')) as Record<string, unknown>;
      const { meta } = await extract(text, { path: name });
      for (const field of FIELDS) expect(norm(meta[field]), field).toEqual(norm(want[field]));
    });
  }
});
