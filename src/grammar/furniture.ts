// The furniture grammar (grammars/furniture.yaml): which lines are web-page or PDF furniture.
import { compilePattern } from './load.js';
import type { FurnitureGrammarSource } from './schemas.js';

export type { FurnitureGrammarSource };


export interface FurnitureGrammar {
  lines: RegExp[];
  head: RegExp[];
  headLines: number;
  panel: RegExp;
  panelMin: number;
  tail: RegExp[];
  /** A page number on a line of its own (`— 1 —`, `第1页`). */
  pageNumber: RegExp;
  /** A number alone on a line (its group): a page's where it stands at page edges (src/parse/pages.ts). */
  barePageNumber: RegExp;
  /** A front matter's fence line, its field lines, and how far down the closing fence may be. */
  frontMatter: { fence: RegExp; field: RegExp; maxLines: number };
}

const compileAll = (patterns: string[], field: string): RegExp[] =>
  patterns.map((p, i) => compilePattern(p, 'u', `${field}[${i}]`));

export function compileFurnitureGrammar(source: FurnitureGrammarSource): FurnitureGrammar {
  return {
    lines: compileAll(source.lines, 'lines'),
    head: compileAll(source.head, 'head'),
    headLines: source.headLines,
    panel: compilePattern(source.panel, 'u', 'panel'),
    panelMin: source.panelMin,
    tail: compileAll(source.tail, 'tail'),
    pageNumber: compilePattern(source.pageNumber, 'u', 'pageNumber'),
    barePageNumber: compilePattern(source.barePageNumber, 'u', 'barePageNumber'),
    frontMatter: {
      fence: compilePattern(source.frontMatter.fence, 'u', 'frontMatter.fence'),
      field: compilePattern(source.frontMatter.field, 'u', 'frontMatter.field'),
      maxLines: source.frontMatter.maxLines,
    },
  };
}
