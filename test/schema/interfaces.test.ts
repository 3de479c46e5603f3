// The documented interfaces of src/schema.ts are exactly the output types of their zod schemas:
// checked by the type checker (npm test runs tsc on the tests), and the schema parses a real plan.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { extract } from '../../src/pipeline.js';
import {
  boilerplateSchema,
  compactPlanSchema,
  dateSchema,
  diagnosticSchema,
  indicatorSchema,
  metaSchema,
  paragraphSchema,
  planSchema,
  pointSchema,
  positionSchema,
  sourceSchema,
  type Boilerplate,
  type CompactPlan,
  type DateMention,
  type Diagnostic,
  type Indicator,
  type Meta,
  type Paragraph,
  type Plan,
  type Point,
  type Position,
  type Source,
} from '../../src/schema.js';
import { readSeed, seedIds } from '../helpers.js';

describe('schema interfaces', () => {
  it('should support exactly the types the schemas infer', () => {
    expectTypeOf<Point>().toEqualTypeOf<z.infer<typeof pointSchema>>();
    expectTypeOf<Position>().toEqualTypeOf<z.infer<typeof positionSchema>>();
    expectTypeOf<Paragraph>().toEqualTypeOf<z.infer<typeof paragraphSchema>>();
    expectTypeOf<Boilerplate>().toEqualTypeOf<z.infer<typeof boilerplateSchema>>();
    expectTypeOf<Indicator>().toEqualTypeOf<z.infer<typeof indicatorSchema>>();
    expectTypeOf<DateMention>().toEqualTypeOf<z.infer<typeof dateSchema>>();
    expectTypeOf<Diagnostic>().toEqualTypeOf<z.infer<typeof diagnosticSchema>>();
    expectTypeOf<Meta>().toEqualTypeOf<z.infer<typeof metaSchema>>();
    expectTypeOf<Source>().toEqualTypeOf<z.infer<typeof sourceSchema>>();
    expectTypeOf<CompactPlan>().toEqualTypeOf<z.infer<typeof compactPlanSchema>>();
    expectTypeOf<Plan>().toEqualTypeOf<z.infer<typeof planSchema>>();
  });

  it('should parse a plan extract() returns', async () => {
    const id = seedIds()[0] as string;
    expect(planSchema.safeParse(await extract(readSeed(id), { path: `${id}.txt` })).success).toBe(true);
  });
});
