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
  position: Position;
}

/** A section's fields, with children of the given kind (full or compact nodes). */
const sectionObject = (child: z.ZodType<PlanChild> | z.ZodType<CompactPlanChild>) =>
  z.object({
    type: z.literal('section'),
    marker: z.string(),
    scheme: z.string(),
    ordinal: z.number().int(),
    depth: z.number().int().min(1),
    title: z.string(),
    inline: z.boolean(),
    children: z.array(child),
    position: positionSchema,
  });

export const sectionSchema: z.ZodType<Section> = z.lazy(() => sectionObject(planChildSchema) as z.ZodType<Section>);

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

// The compact output (--compact): paragraphs and furniture without `value`, their exact source
// slice, which is the decoded text from position.start.offset to position.end.offset (so nothing is
// lost for a reader that keeps the source); everything else as in the full plan.
export const compactParagraphSchema = paragraphSchema.omit({ value: true });
export const compactBoilerplateSchema = boilerplateSchema.omit({ value: true });
export const compactSectionSchema: z.ZodType<CompactSection> = z.lazy(
  () => sectionObject(compactPlanChildSchema) as unknown as z.ZodType<CompactSection>,
);
export const compactPlanChildSchema = z.union([compactParagraphSchema, compactBoilerplateSchema, compactSectionSchema]);
export const compactPlanSchema = planSchema.extend({ children: z.array(compactPlanChildSchema) });

// The types of the contract, declared as interfaces so that editors show each field's documentation
// (a type inferred from zod carries none). test/schema/interfaces.test.ts checks that each is exactly
// its schema's output type.

/** A place in the decoded text (unist point). */
export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the decoded text, in UTF-16 code units. */
  offset: number;
}

/** A span of the decoded text (unist position): `end` is just past the last character. */
export interface Position {
  start: Point;
  end: Point;
}

/** Body text: a leaf of the tree. */
export interface Paragraph {
  type: 'paragraph';
  /** The text repaired for reading (PDF line breaks joined, stray spaces removed). */
  text: string;
  /** The exact source slice: the leaves concatenate back to the input. */
  value: string;
  /** What the block layer classed the paragraph as, when it is not body text (a table, an inset…). */
  block?: (typeof BLOCK_KINDS)[number];
  position: Position;
}

/** Web-page or PDF furniture (breadcrumbs, 字号 lines, footers): kept, but outside the outline. */
export interface Boilerplate {
  type: 'boilerplate';
  /** The furniture's text, repaired for reading. */
  text: string;
  /** The exact source slice. */
  value: string;
  position: Position;
}

/** A node of the document: body text, furniture, or a numbered section. */
export type PlanChild = Paragraph | Boilerplate | Section;

/** A number, a [min, max] range, or null when the number was lost in the source. */
export type IndicatorValue = number | [number, number] | null;

/** A quantified target, change, baseline or actual value the document states. */
export interface Indicator {
  /** The metric as the document writes it: "婴儿死亡率", "人均预期寿命". */
  metric: string;
  /** A number, a [min, max] range, or null when the number was lost in the source (由‰下降到‰). */
  value: IndicatorValue;
  /** The unit as grammars/indicators.yaml names it: "%", "‰", "/10万", "岁", "个百分点"; null when none. */
  unit: string | null;
  /** ">=" (不低于, 达到…以上), "<=" (控制在…以内), "=", "~" (左右), "range", "max"; null when the text gives none. */
  comparator: '>=' | '<=' | '=' | '~' | 'range' | 'max' | null;
  /** "target" (a level to reach), "change" (提高1岁), "baseline" (由…), "actual" (已达…). */
  kind: 'target' | 'change' | 'baseline' | 'actual';
  /** The year the value is for (its deadline or base year), or null. */
  year: number | null;
  /** The source text the indicator was read from. */
  text: string;
  /** Where `text` is in the decoded text. */
  position: Position;
  /** Value scaled to a plain number where the unit allows it: 4‰ → 0.004, 20/10万 → 0.0002. */
  normalized?: IndicatorValue;
  /** True when the number was lost in the source (由‰下降到‰). */
  damaged?: boolean;
  /** Markers of the enclosing outline sections, outermost first: ["三、", "(二)", "7."]. */
  section?: string[];
  /** A note on the value, e.g. from a table's notes. */
  note?: string;
  /** Id of the canonical metric named (grammars/metrics.yaml: "infant-mortality"), null when none matches. */
  metricId?: string | null;
  /** Rule ids of the diagnostics about this indicator, sorted: "indicator/implausible-unit" (its unit
   *  or value does not fit its metric), "indicator/missing-value" (its number is lost), "date/…" (its
   *  year is doubtful). Absent when none. */
  flags?: string[];
}

/** A date, deadline, year, range, named period (十四五) or relative date mentioned in the text. */
export interface DateMention {
  /** A full date, a deadline (到2025年, 年底前), a year, a range of years, a named period, or a relative date. */
  kind: 'date' | 'deadline' | 'year' | 'range' | 'period' | 'relative';
  /** The mention as written. */
  text: string;
  /** ISO-like value: "2024-04-30", "2024", or for a span [from, to]; null when it cannot be resolved. */
  value: string | [string, string] | null;
  /** Where the mention is in the decoded text. */
  position: Position;
}

/** How much a diagnostic matters: errors fail `plan-extract check`, warnings may (--max-warnings), infos never. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the document (docs/check.md documents each rule). */
export interface Diagnostic {
  /** The rule id: "numbering/gap", "indicator/missing-value" … */
  rule: string;
  /** The rule's severity, as configured. */
  severity: Severity;
  /** What is wrong, in plain words. */
  message: string;
  /** Where it is in the decoded text. */
  position: Position;
}

/** The document's metadata; a field the document does not give is null. */
export interface Meta {
  /** The plan's title (of the plan a notice prints, not of the notice). */
  title: string | null;
  /** The issuing body: "辽源市人民政府办公室". */
  issuer: string | null;
  /** The document number (字号): "筑卫健发〔2020〕12号". */
  docNumber: string | null;
  /** The date written in the document (成文日期), YYYY-MM-DD, when the page also gives a publish time; null otherwise. */
  issueDate: string | null;
  /** The page's publish time (发布日期), else the date written in the document; YYYY-MM-DD. */
  publishDate: string | null;
  /** The region the plan is for: "辽源市". */
  region: string | null;
  /** The region's administrative division code: "220400". */
  regionCode: string | null;
  /** The years the plan covers, [from, to]: [2020, 2020] for an annual plan, [2021, 2025] for 十四五. */
  planYears: [number, number] | null;
  /** The kind of plan, as grammars/meta.yaml names it: "工作要点", "五年规划" … */
  kind: string | null;
  /** The addressees (主送), split on commas. */
  addressees: string[] | null;
}

/** The input a plan was made from. */
export interface Source {
  /** The path as given; null for standard input or a string passed to extract() without a path. */
  path: string | null;
  /** The encoding the bytes were decoded from: "utf-8", "gb18030", "utf-16le", "utf-16be". */
  encoding: string;
  /** The input's size in bytes. */
  bytes: number;
  /** SHA-256 of the input's bytes, hex. */
  sha256: string;
}

/** A plan document: what `plan-extract` prints and `extract()` returns. */
export interface Plan {
  type: 'plan';
  /** The version of this output contract. */
  version: typeof SCHEMA_VERSION;
  /** The input the plan was made from. */
  source: Source;
  /** Title, issuer, document number, dates, region, plan years, kind, addressees. */
  meta: Meta;
  /** The document in order, nothing dropped: furniture, paragraphs and numbered sections. */
  children: PlanChild[];
  /** The quantified targets and values, in document order. */
  indicators: Indicator[];
  /** Dates, deadlines and periods mentioned, in document order. */
  dates: DateMention[];
  /** Problems found (rule, severity, message, position). */
  diagnostics: Diagnostic[];
  /** The whole decoded text. */
  position: Position;
}

/** A paragraph of the compact output: without its source slice `value`. */
export type CompactParagraph = Omit<Paragraph, 'value'>;
/** Furniture in the compact output: without its source slice `value`. */
export type CompactBoilerplate = Omit<Boilerplate, 'value'>;
/** A section of the compact output, whose leaves have no `value`. */
export interface CompactSection extends Omit<Section, 'children'> {
  children: CompactPlanChild[];
}
export type CompactPlanChild = CompactParagraph | CompactBoilerplate | CompactSection;
/** A plan document as `--compact` writes it. */
export interface CompactPlan extends Omit<Plan, 'children'> {
  children: CompactPlanChild[];
}

/** JSON Schema of a plan document (`compact`: as --compact writes it), generated from the zod schema. */
export function planJsonSchema(compact = false): unknown {
  return z.toJSONSchema(compact ? compactPlanSchema : planSchema, { io: 'output' });
}
