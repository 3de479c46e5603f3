// The comparison's JSON shape as a zod schema, published as schemas/compare.schema.json
// (scripts/write-schemas.mjs). Tests check compare()'s output against it; the TypeScript types
// are in types.ts (the compare command itself does not load zod).
import { z } from 'zod';
import { indicatorSchema, severitySchema } from '../schema.js';
import { COMPARISON_VERSION } from './types.js';

const sourceRef = {
  path: z.string().nullable(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  text: z.string(),
};

export const comparisonValueSchema = z.strictObject({
  ...sourceRef,
  value: indicatorSchema.shape.value,
  unit: z.string().nullable(),
  comparator: indicatorSchema.shape.comparator,
  kind: indicatorSchema.shape.kind,
  year: z.number().int().nullable(),
  metric: z.string(),
  damaged: z.boolean(),
  flags: z.array(z.string()),
});

export const comparisonSchema = z.strictObject({
  version: z.literal(COMPARISON_VERSION),
  columns: z.array(
    z.strictObject({
      label: z.string(),
      path: z.string().nullable(),
      title: z.string().nullable(),
      region: z.string().nullable(),
      planYears: z.tuple([z.number().int(), z.number().int()]).nullable(),
      kind: z.string().nullable(),
      error: z.string().optional(),
    }),
  ),
  rows: z.array(
    z.strictObject({
      key: z.string(),
      metricId: z.string().nullable(),
      name: z.string(),
      unitClass: z.string(),
      cells: z.array(
        z.strictObject({ targets: z.array(comparisonValueSchema), baseline: comparisonValueSchema.nullable(), actual: comparisonValueSchema.nullable() }).nullable(),
      ),
    }),
  ),
  populations: z.array(
    z.strictObject({
      ...sourceRef,
      document: z.number().int().min(0),
      group: z.string(),
      value: indicatorSchema.shape.value,
      unit: z.string().nullable(),
      comparator: indicatorSchema.shape.comparator,
    }),
  ),
  diagnostics: z.array(z.strictObject({ ...sourceRef, rule: z.string(), severity: severitySchema, message: z.string() })),
});

/** JSON Schema of `plan-extract compare -f json`. */
export function comparisonJsonSchema(): unknown {
  return z.toJSONSchema(comparisonSchema, { io: 'output' });
}
