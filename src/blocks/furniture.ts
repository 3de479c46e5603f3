// Marks the lines of a text that are web-page or PDF furniture (see grammars/furniture.yaml).
import type { FurnitureGrammar } from '../grammar/furniture.js';
import type { Line } from '../parse/lines.js';

const LEAD = /^[\s\u00a0\u3000•·▪●*-]*/u;

/** The line's text as the furniture patterns see it: no leading bullets, no edge spaces. */
function bare(text: string, line: Line): string {
  return text.slice(line.start, line.contentEnd).replace(LEAD, '').replace(/[\s\u00a0\u3000]+$/u, '');
}

/**
 * A line this long is document text, whatever furniture it holds: a body printed as one line (a
 * web page saved as PDF) carries the breadcrumb and the footer inside its sentences. Furniture
 * lines (titles, panels, breadcrumbs) are short.
 */
const MAX_FURNITURE_LINE = 300;

/** One flag per line: true when the line is furniture. Blank lines and long lines are never flagged. */
export function findFurniture(text: string, lines: readonly Line[], grammar: FurnitureGrammar): boolean[] {
  const bares = lines.map((line) => (line.blank || line.contentEnd - line.start > MAX_FURNITURE_LINE ? '' : bare(text, line)));
  const flags = bares.map((b) => b !== '' && grammar.lines.some((re) => re.test(b)));

  // Navigation at the top of a page: everything above the last breadcrumb is furniture.
  let lastHead = -1;
  for (let i = 0; i < Math.min(lines.length, grammar.headLines); i++) {
    if (bares[i] !== '' && grammar.head.some((re) => re.test(bares[i] as string))) lastHead = i;
  }
  for (let i = 0; i < lastHead; i++) if (bares[i] !== '') flags[i] = true;

  // A footer in the last third of the document: everything from its first line on.
  const tailFrom = Math.floor((lines.length * 2) / 3);
  for (let i = tailFrom; i < lines.length; i++) {
    if (bares[i] !== '' && grammar.tail.some((re) => re.test(bares[i] as string))) {
      for (let j = i; j < lines.length; j++) if (bares[j] !== '') flags[j] = true;
      break;
    }
  }
  return flags;
}
