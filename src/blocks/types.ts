// The block layer's contract: what each stretch of the decoded text is, decided before any
// numbering is believed. planBlocks (src/blocks/plugin.ts) leaves a DocumentLayout on
// file.data.layout; the outline skips leaves inside non-body regions and restarts its numbering
// at each document start.

import type { KnownLeading } from '../outline/marker.js';

/** Every class a stretch of text can have ('body' is what no other class claims). */
export const BLOCK_KINDS = [
  'body',
  'table',
  'table-note',
  'inset',
  'attachment-list',
  'form',
  'glossary',
  'toc',
  'furniture',
  'notice',
  'signature',
  'title',
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A classified stretch of the source: [start, end) are offsets into the decoded text. */
export interface BlockRegion {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface TableCell {
  start: number;
  end: number;
  text: string;
  /** A header cell joined from a two-row header (a merged group cell over its sub-columns): the part of its text
   *  that names the measure (PM2.5浓度（微克/立方米） over 2024年实际 / 2025年目标), read apart from its year and role. */
  measure?: string;
}

export interface TableBlock extends BlockRegion {
  kind: 'table';
  caption: TableCell | null;
  header: TableCell[];
  rows: TableCell[][];
}

/** What planBlocks leaves on file.data.layout for the later stages. */
export interface DocumentLayout {
  /** Non-body regions in document order, not overlapping (body is everything not covered). */
  regions: BlockRegion[];
  tables: TableBlock[];
  /** Offsets where a new document starts inside the file (the first document starts at 0 and is not listed). */
  documentStarts: number[];
  /**
   * By leaf index: the leading marker match the block layer worked out for the leaf's text (undefined
   * for furniture), so the outline does not match it again (it checks text and grammar first).
   */
  leading?: ReadonlyArray<KnownLeading | undefined>;
}

/** Kinds whose numbering is not the outline (all but body text and a notice's own text): the outline makes no heading and no inline item there. */
export const OUTLINE_FREE: ReadonlySet<BlockKind> = new Set<BlockKind>(BLOCK_KINDS.filter((kind) => kind !== 'body' && kind !== 'notice'));

/** The header of a table whose rows are parted by tabs or spaces: rows after a category row may go on under it
 *  (./table-category.ts). */
export interface OpenHeader {
  cells: TableCell[];
  by: 'tab' | 'space' | 'csv';
}

/** A table a detector found, and where the search goes on. */
export interface FoundTable {
  table: TableBlock;
  /** Line index after the table. */
  next: number;
  /** The header that rows after a category row right below the table go on under. */
  open?: OpenHeader;
}
