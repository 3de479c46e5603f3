// The output contract of plan-extract, in one place. Every document the CLI prints and every
// tree the library returns has this shape; `plan-extract schema` prints it as JSON Schema.
import { z } from 'zod';
import { BLOCK_KINDS } from './blocks/types.js';

export const SCHEMA_VERSION = 1;

/** A place in the decoded text (unist point). */
export const pointSchema = z.object({
  /** 1-based line. */
  line: z.number().int().min(1),
  /** 1-based column, in UTF-16 code units. */
  column: z.number().int().min(1),
  /** 0-based offset into the decoded text, in UTF-16 code units. */
  offset: z.number().int().min(0),
});

/** A span of the decoded text (unist position): `end` is just past the last character. */
export const positionSchema = z.object({
  /** Where the span starts. */
  start: pointSchema,
  /** Just past where the span ends. */
  end: pointSchema,
});

/** Body text. `value` is the exact source slice (so the leaves concatenate back to the input);
 *  `text` is the same text repaired for reading (PDF line breaks joined, stray spaces removed). */
export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  /** The text repaired for reading (PDF line breaks joined, stray spaces removed). */
  text: z.string(),
  /** The exact source slice. */
  value: z.string(),
  /** What the block layer classed the paragraph as, when it is not body text (a table, an inset…). */
  block: z.enum(BLOCK_KINDS).optional(),
  position: positionSchema,
});

/** Web-page or PDF furniture (breadcrumbs, 字号 lines, footers): kept, but outside the outline. */
export const boilerplateSchema = z.object({
  type: z.literal('boilerplate'),
  /** The furniture's text, repaired for reading. */
  text: z.string(),
  /** The exact source slice. */
  value: z.string(),
  position: positionSchema,
});

export interface Section {
  type: 'section';
  /** The numbering token as written, separator included: "一、" "(一)" "1." "一是". */
  marker: string;
  /** Id of the numbering scheme in grammars/outline.yaml. */
  scheme: string;
  /** The number the marker stands for: 3 for "(三)", "3." and "三是". */
  ordinal: number;
  /** Nesting level from 1 (top), decided by the order in which schemes appear in the document. */
  depth: number;
  /** The heading text after the marker, up to the first sentence stop. */
  title: string;
  /** True for items found inside a paragraph (一是…二是…). */
  inline: boolean;
  /** The heading paragraph, the body and the subsections, in document order. */
  children: PlanChild[];
  /** From the marker to the end of the section's last child. */
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

/** A quantified target, change, baseline or actual value the document states. */
export const indicatorSchema = z.object({
  /** The metric as the document writes it: "婴儿死亡率", "人均预期寿命". */
  metric: z.string(),
  /** A number, a [min, max] range, or null when the number was lost in the source. */
  value: valueSchema,
  /** The unit as normalised by grammars/indicators.yaml: "%", "‰", "/10万", "岁", "个百分点"; null when none. */
  unit: z.string().nullable(),
  /** ">=" (不低于, 达到…以上), "<=" (控制在…以内), "=", "~" (左右), "range", "max"; null when the text gives none. */
  comparator: z.enum(['>=', '<=', '=', '~', 'range', 'max']).nullable(),
  /** "target" (a level to reach), "change" (提高1岁), "baseline" (由…), "actual" (已达…). */
  kind: z.enum(['target', 'change', 'baseline', 'actual']),
  /** The year the value is for (deadline or base year), or null. */
  year: z.number().int().nullable(),
  /** The source text the indicator was read from. */
  text: z.string(),
  /** Where `text` is in the decoded text. */
  position: positionSchema,
  /** Value scaled to a plain number where the unit allows it: 4‰ → 0.004, 20/10万 → 0.0002. */
  normalized: z.union([z.number(), z.tuple([z.number(), z.number()]), z.null()]).optional(),
  /** True when the number was lost in the source (由‰下降到‰). */
  damaged: z.boolean().optional(),
  /** Markers of the enclosing outline sections, outermost first: ["三、", "(二)", "7."]. */
  section: z.array(z.string()).optional(),
  /** A note on the value, e.g. a table's note that defines its terms. */
  note: z.string().optional(),
  /** Id of the canonical metric named (grammars/metrics.yaml: "infant-mortality"), null when none matches. */
  metricId: z.string().nullable().optional(),
});

/** A date, deadline, year, range, period (十四五) or relative date mentioned in the text. */
export const dateSchema = z.object({
  /** What the mention is: a full date, a deadline (到2025年, 年底前), a year, a range, a named period or a relative date. */
  kind: z.enum(['date', 'deadline', 'year', 'range', 'period', 'relative']),
  /** The mention as written. */
  text: z.string(),
  /** ISO-like value: "2024-04-30", "2024", or for a span [from, to]. */
  value: z.union([z.string(), z.tuple([z.string(), z.string()])]).nullable(),
  /** Where the mention is in the decoded text. */
  position: positionSchema,
});

/** How much a diagnostic matters: errors fail `plan-extract check`, warnings may (--max-warnings), infos never. */
export const severitySchema = z.enum(['error', 'warning', 'info']);

/** A problem found in the document (see docs/check.md for each rule). */
export const diagnosticSchema = z.object({
  /** The rule id: "numbering/gap", "indicator/missing-value" … */
  rule: z.string(),
  /** The rule's severity, as configured. */
  severity: severitySchema,
  /** What is wrong, in plain words. */
  message: z.string(),
  /** Where it is in the decoded text. */
  position: positionSchema,
});

/** The document's metadata; a field the document does not give is null. */
export const metaSchema = z.object({
  /** The plan's title (of the plan a notice prints, not of the notice). */
  title: z.string().nullable(),
  /** The issuing body: "贵阳市卫生健康局". */
  issuer: z.string().nullable(),
  /** The document number (字号): "筑卫健发〔2020〕12号". */
  docNumber: z.string().nullable(),
  /** The date written in the document (成文日期), YYYY-MM-DD, when the page also gives a publish time; null otherwise. */
  issueDate: z.string().nullable(),
  /** The page's publish time (发布日期), else the date written in the document; YYYY-MM-DD. */
  publishDate: z.string().nullable(),
  /** The region the plan is for: "贵阳市". */
  region: z.string().nullable(),
  /** The region's administrative division code: "520100". */
  regionCode: z.string().nullable(),
  /** The years the plan covers, [from, to]: [2020, 2020] for an annual plan, [2021, 2025] for 十四五. */
  planYears: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** The kind of plan as listed in grammars/meta.yaml: "工作要点", "五年规划" … */
  kind: z.string().nullable(),
  /** The addressees (主送), split on commas. */
  addressees: z.array(z.string()).nullable(),
});

/** The input the plan was made from. */
export const sourceSchema = z.object({
  /** The path as given; null for standard input or a string passed to extract() without a path. */
  path: z.string().nullable(),
  /** The encoding the bytes were decoded from: "utf-8", "gb18030", "utf-16le" … */
  encoding: z.string(),
  /** The input's size in bytes. */
  bytes: z.number().int().min(0),
  /** SHA-256 of the input's bytes, hex. */
  sha256: z.string(),
});

/** A plan document: what `plan-extract` prints and `extract()` returns. */
export const planSchema = z.object({
  type: z.literal('plan'),
  /** The version of this output contract. */
  version: z.literal(SCHEMA_VERSION),
  /** The input the plan was made from. */
  source: sourceSchema,
  /** Title, issuer, document number, dates, region, plan years, kind, addressees. */
  meta: metaSchema,
  /** The document in order, nothing dropped: furniture, paragraphs and numbered sections. */
  children: z.array(planChildSchema),
  /** The quantified targets and values, in document order. */
  indicators: z.array(indicatorSchema),
  /** Dates, deadlines and periods mentioned, in document order. */
  dates: z.array(dateSchema),
  /** Problems found (rule, severity, message, position). */
  diagnostics: z.array(diagnosticSchema),
  /** The whole decoded text. */
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
