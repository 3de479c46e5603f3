// The output contract of plan-extract, in one place. Every document the CLI prints and every
// tree the library returns has this shape; `plan-extract schema` prints it as JSON Schema.
import { z } from 'zod';
import { BLOCK_KINDS } from './blocks/types.js';

export const SCHEMA_VERSION = 1;

export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

export const positionSchema = z.object({ start: pointSchema, end: pointSchema });

/** Body text. `value` is the exact source slice (so the leaves concatenate back to the input);
 *  `text` is the same text repaired for reading (PDF line breaks joined, stray spaces removed). */
export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  text: z.string(),
  value: z.string(),
  /** What the block layer classed the paragraph as, when it is not body text (a table, an inset…). */
  block: z.enum(BLOCK_KINDS).optional(),
  position: positionSchema,
});

/** Web-page or PDF furniture (breadcrumbs, 字号 lines, footers): kept, but outside the outline. */
export const boilerplateSchema = z.object({
  type: z.literal('boilerplate'),
  text: z.string(),
  value: z.string(),
  position: positionSchema,
});

export interface Section {
  type: 'section';
  /** The numbering token as written, separator included: "一、" "(一)" "1." "一是". */
  marker: string;
  /** Id of the numbering scheme in grammars/outline.yaml. */
  scheme: string;
  ordinal: number;
  depth: number;
  title: string;
  /** True for items found inside a paragraph (一是…二是…). */
  inline: boolean;
  children: PlanChild[];
  position: z.infer<typeof positionSchema>;
}

export const sectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    type: z.literal('section'),
    marker: z.string(),
    scheme: z.string(),
    ordinal: z.number().int(),
    depth: z.number().int().min(1),
    title: z.string(),
    inline: z.boolean(),
    children: z.array(planChildSchema),
    position: positionSchema,
  }),
);

export const planChildSchema = z.union([paragraphSchema, boilerplateSchema, sectionSchema]);

export const valueSchema = z.union([z.number(), z.tuple([z.number(), z.number()]), z.null()]);

export const indicatorSchema = z.object({
  metric: z.string(),
  value: valueSchema,
  unit: z.string().nullable(),
  comparator: z.enum(['>=', '<=', '=', '~', 'range', 'max']).nullable(),
  kind: z.enum(['target', 'change', 'baseline', 'actual']),
  year: z.number().int().nullable(),
  text: z.string(),
  position: positionSchema,
  /** Value scaled to a plain number where the unit allows it: 4‰ → 0.004, 20/10万 → 0.0002. */
  normalized: z.union([z.number(), z.tuple([z.number(), z.number()]), z.null()]).optional(),
  damaged: z.boolean().optional(),
  /** Markers of the enclosing outline sections, outermost first: ["三、", "(二)", "7."]. */
  section: z.array(z.string()).optional(),
  note: z.string().optional(),
  /** Id of the canonical metric named (grammars/metrics.yaml: "infant-mortality"), null when none matches. */
  metricId: z.string().nullable().optional(),
  /** Rule ids of the diagnostics about this indicator, sorted: "indicator/implausible-unit" (its unit
   *  or value does not fit its metric), "indicator/missing-value" (its number is lost), "date/…" (its
   *  year is doubtful). Absent when none. */
  flags: z.array(z.string()).optional(),
});

export const dateSchema = z.object({
  kind: z.enum(['date', 'deadline', 'year', 'range', 'period', 'relative']),
  text: z.string(),
  /** ISO-like value: "2024-04-30", "2024", or for a span [from, to]. */
  value: z.union([z.string(), z.tuple([z.string(), z.string()])]).nullable(),
  position: positionSchema,
});

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const diagnosticSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  position: positionSchema,
});

export const metaSchema = z.object({
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  issueDate: z.string().nullable(),
  publishDate: z.string().nullable(),
  region: z.string().nullable(),
  regionCode: z.string().nullable(),
  planYears: z.tuple([z.number().int(), z.number().int()]).nullable(),
  kind: z.string().nullable(),
  addressees: z.array(z.string()).nullable(),
});

export const sourceSchema = z.object({
  path: z.string().nullable(),
  encoding: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string(),
});

export const planSchema = z.object({
  type: z.literal('plan'),
  version: z.literal(SCHEMA_VERSION),
  source: sourceSchema,
  meta: metaSchema,
  children: z.array(planChildSchema),
  indicators: z.array(indicatorSchema),
  dates: z.array(dateSchema),
  diagnostics: z.array(diagnosticSchema),
  position: positionSchema,
});

export type Point = z.infer<typeof pointSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type PlanChild = Paragraph | Boilerplate | Section;
export type Indicator = z.infer<typeof indicatorSchema>;
export type DateMention = z.infer<typeof dateSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Plan = z.infer<typeof planSchema>;

/** JSON Schema of a plan document, generated from the zod schema. */
export function planJsonSchema(): unknown {
  return z.toJSONSchema(planSchema, { io: 'output' });
}
