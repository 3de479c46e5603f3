// The `sections` table: one row per outline section, in document order.
import type { Plan, PlanChild, Section } from '../schema.js';
import { col, DOCUMENT_ROW_COLUMNS, type Row, type Table } from './columns.js';

export const sectionsTable: Table = {
  name: 'sections',
  key: ['document', 'seq'],
  columns: [
    ...DOCUMENT_ROW_COLUMNS,
    col('parentSeq', 'integer', 'seq of the enclosing section (null at the top level)'),
    col('path', 'string', 'markers from the outermost section down to this one, joined by " > "'),
    col('depth', 'integer', 'outline depth, 1 for the top level'),
    col('marker', 'string', 'the numbering as written: 一、 (一) 1. 一是'),
    col('scheme', 'string', 'the numbering scheme (grammars/outline.yaml)'),
    col('ordinal', 'integer', 'the number the marker stands for'),
    col('inline', 'boolean', 'true for items inside a paragraph (一是…二是…)'),
    col('title', 'string', 'the section title'),
    col('line', 'integer', 'line of the marker in the source, from 1'),
    col('column', 'integer', 'column of the marker, from 1'),
    col('endLine', 'integer', 'last line of the section'),
  ],
};

/** A section with the numbers the other tables refer to it by. */
export interface NumberedSection {
  seq: number;
  parentSeq: number | null;
  /** Markers from the outermost section down to this one. */
  markers: string[];
  section: Section;
}

/** Every section of the plan in document order (pre-order), numbered from 1. */
export function numberSections(plan: Plan): NumberedSection[] {
  const out: NumberedSection[] = [];
  const walk = (children: PlanChild[], parent: NumberedSection | null) => {
    for (const child of children) {
      if (child.type !== 'section') continue;
      const numbered: NumberedSection = {
        seq: out.length + 1,
        parentSeq: parent?.seq ?? null,
        markers: [...(parent?.markers ?? []), child.marker],
        section: child,
      };
      out.push(numbered);
      walk(child.children, numbered);
    }
  };
  walk(plan.children, null);
  return out;
}

/** The innermost section whose span holds `offset`, or undefined outside every section. */
export function sectionAt(sections: readonly NumberedSection[], offset: number): NumberedSection | undefined {
  let found: NumberedSection | undefined;
  // Pre-order: a section's descendants come after it, so the last match is the innermost.
  for (const s of sections) {
    const { start, end } = s.section.position;
    if (start.offset <= offset && offset < end.offset) found = s;
  }
  return found;
}

export function sectionRows(document: string, sections: readonly NumberedSection[]): Row[] {
  return sections.map(({ seq, parentSeq, markers, section }) => ({
    document,
    seq,
    parentSeq,
    path: markers.join(' > '),
    depth: section.depth,
    marker: section.marker,
    scheme: section.scheme,
    ordinal: section.ordinal,
    inline: section.inline,
    title: section.title,
    line: section.position.start.line,
    column: section.position.start.column,
    endLine: section.position.end.line,
  }));
}
