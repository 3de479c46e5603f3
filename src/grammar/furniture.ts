// The furniture grammar (grammars/furniture.yaml): which lines are web-page or PDF furniture.
import { compilePattern } from './load.js';
import type { FurnitureGrammarSource } from './schemas.js';

export type { FurnitureGrammarSource };

export interface FurnitureGrammar {
  lines: RegExp[];
  /** A WeChat article's post line (`原创 作者 公众号 2025-03-01 10:00 发表于福建`): furniture, as `lines` are, and the line
   *  above it that names its account. */
  postLines: RegExp[];
  head: RegExp[];
  headLines: number;
  /** A line above the top's navigation that stays document text: the article's own title. */
  headKeeps: RegExp;
  panel: RegExp;
  panelMin: number;
  tail: RegExp[];
  /** A page number on a line of its own (`— 1 —`, `第1页`). */
  pageNumber: RegExp;
  /** What a scanning app stamps on every page (`扫描全能王 创建`): furniture of a page, as its number. */
  pageMarks: RegExp[];
  /** A periodical's running head (`某市人民政府公报　2026年第3期`): furniture of a page, as its number. */
  runningHeads: RegExp[];
  /** A 目录 heading: furniture over the entries of a periodical's contents. */
  contentsHeading: RegExp;
  /** A number alone on a line (its group): a page's where it stands at page edges (src/parse/pages.ts). */
  barePageNumber: RegExp;
  /** A front matter's fence line, its field lines, and how far down the closing fence may be. */
  frontMatter: { fence: RegExp; field: RegExp; maxLines: number };
}

const compileAll = (patterns: string[], field: string): RegExp[] =>
  patterns.map((p, i) => compilePattern(p, 'u', `${field}[${i}]`));

/**
 * A line of a portal's menu: `least` of its sections or more, parted by spaces or | · • /. The
 * sections' alternation is the costliest part to compile (V8 compiles each copy in the pattern, and
 * copies the body of a `+` once more), so it is written once for one section or more (a loop whose
 * parting never ends the line, the line not empty) and twice for two or more (a first section and
 * its parting, then that loop): the same lines as `section (parting section)*` and `…+`.
 */
function menuLine(sections: readonly RegExp[], least: 1 | 2): string {
  const section = `(?:${sections.map((re) => `(?:${re.source})`).join('|')})`;
  const parting = '\\s*(?:[|｜·•/]\\s*)?';
  const loop = `(?:${section}(?:${parting}(?!$))?)*$`;
  return least === 1 ? `^(?!$)${loop}` : `^${section}${parting}(?!$)${loop}`;
}

/** A row of a page's buttons: bracketed, perhaps after a view counter's wrapped digits (anywhere), or
 *  two or more, bracketed or not (a footer's start). */
function buttonRow(buttons: readonly RegExp[], footer: boolean): string {
  const button = `(?:${buttons.map((re) => `(?:${re.source})`).join('|')})`;
  return footer
    ? `^(?:[\\[【［]?\\s*${button}\\s*[\\]】］]?\\s*){2,6}$`
    : `^(?:[0-9]{1,6}\\s*)?(?:[\\[【［]\\s*${button}\\s*[\\]】］]\\s*){1,6}$`;
}

export function compileFurnitureGrammar(source: FurnitureGrammarSource): FurnitureGrammar {
  const menu = compileAll(source.menu, 'menu');
  // A row of two menu sections is furniture anywhere; one section alone on its line only tops a page.
  const menuRow = menu.length > 0 ? [compilePattern(menuLine(menu, 2), 'u', 'menu')] : [];
  const menuTop = menu.length > 0 ? [compilePattern(menuLine(menu, 1), 'u', 'menu')] : [];
  const buttons = compileAll(source.buttons, 'buttons');
  const buttonLine = buttons.length > 0 ? [compilePattern(buttonRow(buttons, false), 'u', 'buttons')] : [];
  const buttonFooter = buttons.length > 0 ? [compilePattern(buttonRow(buttons, true), 'u', 'buttons')] : [];
  const postLines = compileAll(source.postLines, 'postLines');
  return {
    lines: [...compileAll(source.lines, 'lines'), ...postLines, ...menuRow, ...buttonLine],
    postLines,
    head: [...compileAll(source.head, 'head'), ...menuTop],
    headLines: source.headLines,
    headKeeps: compilePattern(source.headKeeps, 'u', 'headKeeps'),
    panel: compilePattern(source.panel, 'u', 'panel'),
    panelMin: source.panelMin,
    tail: [...buttonFooter, ...compileAll(source.tail, 'tail')],
    pageNumber: compilePattern(source.pageNumber, 'u', 'pageNumber'),
    pageMarks: compileAll(source.pageMarks, 'pageMarks'),
    runningHeads: compileAll(source.runningHeads, 'runningHeads'),
    contentsHeading: compilePattern(source.contentsHeading, 'u', 'contentsHeading'),
    barePageNumber: compilePattern(source.barePageNumber, 'u', 'barePageNumber'),
    frontMatter: {
      fence: compilePattern(source.frontMatter.fence, 'u', 'frontMatter.fence'),
      field: compilePattern(source.frontMatter.field, 'u', 'frontMatter.field'),
      maxLines: source.frontMatter.maxLines,
    },
  };
}
