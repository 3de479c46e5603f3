// The zod schemas of the shipped grammars (grammars/*.yaml): the single source of truth for their
// shape. Only the YAML fallback, the build-time compiler (scripts/compile-grammars.mjs) and library
// users load this module; the CLI reads the compiled JSON in dist/grammars/ without zod.
import { z } from 'zod';

const words = z.array(z.string().min(1));

// grammars/furniture.yaml
export const furnitureGrammarSchema = z.object({
  lines: z.array(z.string()),
  head: z.array(z.string()),
  headLines: z.number().int().min(0),
  headKeeps: z.string(),
  menu: z.array(z.string()),
  buttons: z.array(z.string()),
  panel: z.string(),
  panelMin: z.number().int().min(1),
  tail: z.array(z.string()),
  pageNumber: z.string(),
  pageMarks: z.array(z.string()),
  runningHeads: z.array(z.string()),
  contentsHeading: z.string(),
  barePageNumber: z.string(),
  frontMatter: z.object({ fence: z.string(), field: z.string(), maxLines: z.number().int().min(2) }),
});

export type FurnitureGrammarSource = z.infer<typeof furnitureGrammarSchema>;

// grammars/blocks.yaml
export const blocksGrammarSchema = z.object({
  insetHeading: z.string(),
  attachmentList: z.string(),
  attachmentLabel: z.string(),
  attachmentHeading: z.string(),
  glossaryHeading: z.string(),
  endNotesHeading: z.string(),
  endNote: z.string(),
  endNoteDefinition: z.string(),
  tocHeading: z.string(),
  noteLead: z.string(),
  tableNoteLead: z.string(),
  formTitle: z.string(),
  formLine: z.string(),
  signatureDate: z.string(),
  signatureNote: z.string(),
  signatureMaxLength: z.number().int().min(1),
  issuerEnd: z.string(),
  documentTitle: z.string(),
  companionTitle: z.string(),
  wrappingNotice: z.string(),
  printsDocument: z.string(),
  addressees: z.string(),
  addressedTitle: z.string(),
  docNumberLine: z.string(),
  letterhead: z.string(),
});

export type BlocksGrammarSource = z.infer<typeof blocksGrammarSchema>;

// grammars/periods.yaml
const monthDay = z.string().regex(/^\d{2}-\d{2}$/u, 'expected MM-DD');

export const periodGrammarSchema = z.object({
  periods: z
    .array(
      z
        .object({ name: z.string().min(1), aliases: words.default([]), from: z.number().int(), to: z.number().int() })
        .refine((p) => p.from <= p.to, 'from must not be after to'),
    )
    .min(1),
  periodSuffixes: words,
  periodEndSuffixes: words.default([]),
  yearParts: z.array(z.object({ word: z.string().min(1), from: monthDay, to: monthDay })),
  yearEnds: words,
  eventTimes: words.default([]),
  deadlineBefore: words,
  notDeadlineAfter: words.default([]),
  deadlineAfter: words,
  rangeSeparators: words.min(1),
});

export type PeriodGrammarSource = z.infer<typeof periodGrammarSchema>;

// grammars/outline.yaml
const schemeSchema = z.object({
  id: z.string().min(1),
  pattern: z.string().min(1),
  numeral: z.union([z.enum(['hanzi', 'arabic', 'circled', 'number']), z.record(z.string(), z.number().int())]),
  rank: z.number(),
  inline: z.boolean().default(false),
  pair: z.boolean().default(false),
  sentenceTitle: z.boolean().default(false),
  headingLine: z.boolean().default(false),
  notFollowedBy: z.string().optional(),
});

export const outlineGrammarSchema = z.object({
  schemes: z.array(schemeSchema).min(1),
  unseparated: z.array(z.object({ scheme: z.string().min(1), pattern: z.string().min(1), notFollowedBy: z.string(), separated: z.boolean().default(false) })),
  leader: z.string(),
  inlineBoundary: z.string(),
  embedded: z.object({
    notAfter: z.string(),
    notFollowedBy: z.string(),
    quotes: z.array(z.string().length(2)),
    maxQuote: z.number().int().min(1),
    documentTitle: z.string(),
    tocEntry: z.string().optional(),
    decoration: z.string().optional(),
  }),
  titleStops: z.string().min(1),
  runon: z.object({
    minTitle: z.number().int().min(1),
    headingEnds: z.array(z.string().min(1)),
    clauseStarts: z.array(z.string().min(1)),
    notBefore: z.string(),
    joiners: z.string().default(''),
    minClause: z.number().int().min(1),
    clauseOpeners: z.array(z.string().min(1)).default([]),
    sectionHeadings: z.array(z.string().min(1)).default([]),
    minHeadingTail: z.number().int().min(1).default(6),
    runTogether: z
      .object({
        maxHeading: z.number().int().min(1),
        maxRank: z.number().int().min(0),
        headingVerbs: z.array(z.string().min(1)),
        headingNouns: z.array(z.string().min(1)),
        bodyStarts: z.array(z.string().min(1)),
        bodyOpeners: z.array(z.string().min(1)).default([]),
        weakStarts: z.array(z.string().min(1)).default([]),
      })
      .optional(),
  }),
  planTitle: z.string(),
  listLabel: z.string().optional(),
  openLineEnd: z.string().optional(),
  openLineStart: z.string().optional(),
});

export type OutlineGrammarSource = z.infer<typeof outlineGrammarSchema>;

// grammars/meta.yaml
export const metaGrammarSchema = z.object({
  organSuffixes: z.array(z.string().min(1)).min(1),
  redHeader: z.string(),
  notice: z.object({ end: z.string(), verbs: z.array(z.string().min(1)), about: z.string().min(1), consultation: z.array(z.string()).default([]) }),
  docNumber: z.string(),
  docNumberTail: z.string(),
  titleNumber: z.string(),
  titleNumberBare: z.string(),
  labels: z.object({
    publish: z.array(z.string().min(1)),
    issue: z.array(z.string().min(1)),
    ignore: z.array(z.string().min(1)),
    docNumber: z.array(z.string().min(1)),
    organ: z.array(z.string().min(1)),
    title: z.array(z.string().min(1)).default([]),
  }),
  viewDate: z.string(),
  issuePublished: z.string(),
  dateLine: z.string(),
  deliveredDate: z.string(),
  townOrgan: z.string(),
  superiorLeadership: z.string(),
  subtitleLine: z.string(),
  approvedDate: z.string(),
  coverDate: z.string(),
  coverBodyStart: z.string().optional(),
  editorMark: z.string(),
  effectiveDate: z.string().optional(),
  onBehalfOf: z.string(),
  newsLead: z.string().optional(),
  orderHeader: z.string(),
  speakerLine: z.string(),
  speakerPlace: z.string(),
  sealRemark: z.string(),
  runOnLine: z.object({ minLength: z.number().int().min(200), shareLength: z.number().int().min(200).default(1000), share: z.number().gt(0).max(1).default(0.5), crumbWords: z.array(z.string().min(1)).default([]), breaks: z.string() }),
  attachmentLabel: z.string(),
  titleTail: z.string(),
  titleLine: z.string(),
  asideLine: z.string(),
  listItemLine: z.string(),
  region: z.object({
    national: z.object({
      name: z.string().min(1),
      code: z.string().regex(/^\d{6}$/u).nullable(),
      organs: z.array(z.string()),
      titles: z.array(z.string()),
    }),
    campaign: z.array(z.string()),
    levelWords: z.object({
      city: z.array(z.string().min(1)),
      county: z.array(z.string().min(1)),
      province: z.array(z.string().min(1)),
    }),
    notPlaces: z.array(z.string()),
    abbreviated: z.array(z.object({ suffix: z.string().min(1), written: z.string().min(1) })).default([]),
    written: z.string().optional(),
    notWritten: z.array(z.string().min(1)).default([]),
    placeholders: z.array(z.string().min(1)).default([]),
  }),
  periodContext: z.string(),
  periodPhrase: z.string(),
  asOf: z.array(z.string().min(1)).default([]),
  yearRange: z.string(),
  singleYear: z.string(),
  kinds: z.array(
    z.object({
      kind: z.string().min(1),
      pattern: z.string().min(1),
      annual: z.boolean().default(false),
      period: z.boolean().default(false),
      yearly: z.boolean().default(false),
    }),
  ),
  printedPlan: z.array(z.string()).default([]),
  planTitle: z.string(),
  maxTitle: z.number().int().min(10),
  titleLines: z.number().int().min(2).max(8),
  titleLastLine: z.string(),
  titleContinuation: z.string(),
  titleAfterOrgan: z.string(),
  placeFirst: z.string(),
  ownLineTitle: z.string(),
  titleLeftOpen: z.string(),
  runTogetherTitle: z.string(),
  navigation: z.string(),
  addresseeStarts: z.array(z.string().min(1)),
  addresseeEnds: z.array(z.string().min(1)),
  addresseeNot: z.string(),
});

export type MetaGrammarSource = z.infer<typeof metaGrammarSchema>;

// grammars/indicators.yaml
const comparatorSchema = z.enum(['>=', '<=', '=', '~', 'max']);
export type Comparator = z.infer<typeof comparatorSchema> | 'range';

export const unitKindSchema = z.enum(['rate', 'change', 'age', 'count', 'measure']);
export type UnitKind = z.infer<typeof unitKindSchema>;


export const indicatorGrammarSchema = z.object({
  units: z
    .array(
      z.object({
        unit: z.string().min(1),
        kind: unitKindSchema,
        scale: z.number().positive().optional(),
        aliases: words.default([]),
        hanzi: z.boolean().default(true),
        object: z.enum(['first', 'last']).default('last'),
        size: z.boolean().default(false),
        amount: z.boolean().default(false),
        qualifier: z.boolean().default(false),
        multiple: z.boolean().default(false),
        link: z.boolean().default(false),
        sameAs: z.string().min(1).optional(),
      }),
    )
    .min(1),
  gradeUnits: words.default([]),
  gradeStandards: words.default([]),
  gradeNouns: words.default([]),
  multipliers: z.record(z.string().length(1), z.number().positive()),
  prefixUnits: z.array(z.object({ prefix: z.string().min(1), unit: z.string().min(1), scale: z.number().positive().optional() })),
  wholeWords: z.array(z.object({ word: z.string().min(1), value: z.number(), unit: z.string().min(1) })),
  damaged: z.array(
    z.object({ mark: z.string().min(1), unit: z.string().min(1), before: words.min(1), after: words.optional() }),
  ),
  comparatorsBefore: z.record(z.string().min(1), comparatorSchema),
  comparatorsAfter: z.record(z.string().min(1), comparatorSchema),
  comparatorFrames: z.array(z.object({ before: z.string().min(1), after: z.string().min(1), comparator: comparatorSchema }).strict()),
  leadComparators: words,
  adjacentComparators: words.default([]),
  deadlineVerbs: words.default([]),
  targetVerbs: words,
  copulas: words,
  notCopulas: words.default([]),
  changeVerbs: words,
  objectVerbs: words,
  notVerbs: words.default([]),
  verbNouns: words.default([]),
  groupTerms: words.default([]),
  reachVerbs: words.default([]),
  namingVerbs: words.default([]),
  listWorksVerbs: words.default([]),
  negations: words.default([]),
  notNegations: words.default([]),
  projectAmounts: words.default([]),
  reachTerms: words.default([]),
  projectHeads: words.default([]),
  carryOutVerbs: words.default([]),
  servicesReceived: words.default([]),
  sitePrepositions: words.default([]),
  equipmentProvided: words.default([]),
  nounFirstVerbs: words.default([]),
  fundVerbs: words.default([]),
  incrementVerbs: words.default([]),
  innerAdverbs: words.default([]),
  notInnerAdverbs: words.default([]),
  subjectElided: words.default([]),
  objectElided: words.default([]),
  distributors: words,
  pairedWords: z.record(z.string().min(1), z.tuple([z.string().min(1), z.string().min(1)])).default({}),
  growthRates: words.default([]),
  changeHeads: words.default([]),
  changeLeads: words.default([]),
  pollutants: words.default([]),
  notChangeLeads: words.default([]),
  baselineMarkers: words,
  baseYearBefore: words,
  baseYearAfter: words,
  yearStartAfter: words.default([]),
  planEndWords: words.default([]),
  baseYearOf: words.default([]),
  adverbs: words,
  nearWords: words.default([]),
  describers: words,
  listEnds: words.default([]),
  otherWords: words.default([]),
  notListEnds: words.default([]),
  notAfterUnit: words,
  nounsAfterUnit: words.default([]),
  mannerAdverbs: words.default([]),
  sizeNames: z.record(z.string().min(1), z.string().min(1)).default({}),
  perWords: words.default([]),
  capacityBases: words.default([]),
  capacityHeads: words.default([]),
  perBases: words.default([]),
  perUnitWords: words.default([]),
  spanAdverbs: words.default([]),
  comparisonWords: words.default([]),
  baseWords: words.default([]),
  notBaseWords: words.default([]),
  objectAdverbs: words.default([]),
  pivotVerbs: words.default([]),
  kindNouns: words.default([]),
  dateLeads: words.default([]),
  labelWords: words,
  measureLabels: words,
  rateNameHeads: words,
  targetLabels: words,
  leadWords: words,
  leadTerms: words.default([]),
  frames: z.object({ openers: words, closers: words, notFrames: words }).strict(),
  focusClosers: words.default([]),
  ageServiceWords: words.default([]),
  memberVerbs: words.default([]),
  extentWords: words.default([]),
  projectLabelHeads: words.default([]),
  projectCapacityHeads: words.default([]),
  benefactivePrepositions: words.default([]),
  participationVerbs: words.default([]),
  attainVerbs: words.default([]),
  notAttainWords: words.default([]),
  assessmentWords: words.default([]),
  divisionNouns: words.default([]),
  sectorClassWords: words.default([]),
  benefactiveVerbs: words.default([]),
  scope: z.string(),
  tallies: z.string(),
  conditionFrames: z.string().optional(),
  metricHeads: words,
  amountHeads: words.default([]),
  unitlessHeads: words,
  joinHeads: words,
  objectHeads: words,
  shareVerbs: words.default([]),
  institutionShareVerbs: words.default([]),
  institutionHeads: words,
  totalWords: words,
  totalCounts: words.default([]),
  partWords: words.default([]),
  placeGroups: words.default([]),
  actualCues: words,
  planCues: words.default([]),
  forecastOpeners: words.default([]),
  forecastAuxiliaries: words.default([]),
  reviewHeadings: words,
  yearReviewHeadings: words.default([]),
  reviewObjectVerbs: words.default([]),
  listItemMarks: words.default([]),
  situationHeadings: words.default([]),
  thisYearWords: words.default([]),
  pastYearWords: words.default([]),
  pastPeriodWords: words.default([]),
  everyYearWords: words.default([]),
  nextPeriodWords: words.default([]),
  notAdverbs: words.default([]),
  purposeWords: words.default([]),
  planSpanWords: words.default([]),
  stockWords: words,
  procedureNouns: words,
  procedureFrequencies: words.default([]),
  provisionFrames: z.object({ openers: words, nouns: words, fundVerbs: words.default([]) }).strict().default({ openers: [], nouns: [], fundVerbs: [] }),
  disburseVerbs: words.default([]),
  rewardWords: words.default([]),
  conditionOpeners: words.default([]),
  standardNouns: words.default([]),
  notStandardNouns: words.default([]),
  spanAmountWords: words.default([]),
  shareTotals: words.default([]),
  joiners: words.min(1),
  notJoiners: words.default([]),
  relationWords: words.default([]),
  withRelationWords: words.default([]),
  indefinite: z.object({ numeral: z.string().min(1), except: words.default([]) }),
  mortality: words,
});

export type IndicatorGrammarSource = z.infer<typeof indicatorGrammarSchema>;

// grammars/metrics.yaml
const range = z.tuple([z.number(), z.number()]).refine(([min, max]) => min <= max, 'min must not be above max');

export const metricGrammarSchema = z.object({
  scopeWords: words.default([]),
  rewrites: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
  unitClasses: z.record(z.string().regex(/^[a-z]+$/u, 'expected a lower-case ASCII class name'), words).default({}),
  rateEndings: words.default([]),
  ageEndings: words.default([]),
  metrics: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected an ASCII slug (a-z, 0-9, -)'),
        name: z.string().min(1),
        aliases: words.default([]),
        units: z.record(z.string().min(1), range).refine((u) => Object.keys(u).length > 0, 'at least one unit'),
      }),
    )
    .min(1),
});

export type MetricGrammarSource = z.infer<typeof metricGrammarSchema>;

// grammars/tables.yaml
export const tableGrammarSchema = z.object({
  headerWords: words,
  columns: z.object({
    sequence: words,
    unitExact: words,
    textExact: words,
    attribute: words,
    text: words,
    baseline: words,
    target: words,
    change: words,
    group: words,
    place: words,
    name: words,
  }),
  attributeValues: words,
  rateChangeWords: words.default([]),
  responsibilityColumns: words.default([]),
  deadlineColumns: words.default([]),
  contentColumns: words.default([]),
  nameMarks: z.object({ leading: words, trailing: words }).default({ leading: [], trailing: [] }),
  yearlyAverageWords: words.default([]),
  cellUnits: words,
  signs: z.record(z.string().min(1), z.enum(['>=', '<=', '~'])),
  empty: words,
  notes: words,
});

export type TableGrammarSource = z.infer<typeof tableGrammarSchema>;
