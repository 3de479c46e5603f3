// The published JSON Schema of plan documents: up to date with src/schema.ts, and every seed's
// CLI output valid under it for an independent validator (ajv, JSON Schema 2020-12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/schema.js';
import { ROOT, runCli, seedIds } from '../helpers.js';

const SCHEMA_FILE = join(ROOT, 'schemas', 'plan.schema.json');
const published = () => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

describe('plan JSON Schema', () => {
  it('should be up to date (regenerate: npm run build && node scripts/write-schemas.mjs)', () => {
    expect(published()).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
  });

  it('should keep the compact schema up to date (schemas/plan-compact.schema.json)', () => {
    const compact = JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan-compact.schema.json'), 'utf8')) as unknown;
    expect(compact).toEqual(JSON.parse(JSON.stringify(planJsonSchema(true))));
  });

  it('should be what `plan-extract schema` prints', () => {
    expect(JSON.parse(runCli(['schema']).stdout)).toEqual(published());
  });

  it('should validate the JSON output of every seed, and reject a broken document', () => {
    const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(published());
    const run = runCli(['--format', 'json', ...seedIds().map((id) => `seeds/${id}.txt`)]);
    const plans = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(plans).toHaveLength(seedIds().length);
    for (const plan of plans) expect(validate(plan), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...plans[0], version: 2 })).toBe(false);
    expect(validate({ ...plans[0], indicators: [{ metric: 'x' }] })).toBe(false);
  });
});
