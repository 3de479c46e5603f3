// The tree the pipeline stages pass along: a plan document under construction. It is the output
// contract's Plan (src/schema.ts) itself; stages fill in their parts.
import type { VFile } from 'vfile';
import type { DocumentLayout } from './blocks/types.js';
import type { LeafDates } from './dates/leaf-dates.js';
import type { DocumentYear } from './meta/document-years.js';
import type { Line } from './parse/lines.js';
import type { Indicator, Plan, Source } from './schema.js';
import { TextView } from './text/view.js';

export type PlanTree = Plan;

/** What earlier steps leave on the VFile for the later stages. */
export interface PlanFileData {
  source?: Source;
  /** Set by the parser: the text as the stages read it. */
  view?: TextView;
  /** Set by the plain-text parser: the text's physical lines, for the block layer (which drops them). */
  lines?: Line[];
  /** Set by the block layer: non-body regions, tables and where each document in the file starts. */
  layout?: DocumentLayout;
  /** Set by the metadata stage: the year each document of the file names in its title, which dates the targets of a document
   *  printed after a plan that names no years. */
  documentYears?: DocumentYear[];
  /** Set by the date stage: the date hits of each leaf's cleaned text, so the indicator stage does not scan them again. */
  leafDates?: LeafDates;
  /** Set by the indicator stage: the indicators whose value is a change (提高1.3岁, also one a review states as reached), which
   *  the metric stage does not judge against a metric's plausible levels. */
  differences?: WeakSet<Indicator>;
}

export function fileSource(file: VFile): Source {
  const data = file.data as PlanFileData;
  return data.source ?? { path: file.path ?? null, encoding: 'utf-8', bytes: Buffer.byteLength(String(file.value)), sha256: '' };
}

/** The parser's view of the file's text (made on demand when a tree was built elsewhere). */
export function fileView(file: VFile): TextView {
  const data = file.data as PlanFileData;
  data.view ??= new TextView(String(file.value));
  return data.view;
}

export function emptyPlan(source: Source, position: Plan['position']): PlanTree {
  return {
    type: 'plan',
    version: 1,
    source,
    meta: {
      title: null,
      issuer: null,
      docNumber: null,
      issueDate: null,
      publishDate: null,
      region: null,
      regionCode: null,
      planYears: null,
      kind: null,
      addressees: null,
    },
    children: [],
    indicators: [],
    dates: [],
    diagnostics: [],
    position,
  };
}
