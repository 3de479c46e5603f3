// Test helper: text laid out as a PDF of a 公文 page gives it back — each paragraph wrapped at a
// fixed width in ems (GB/T 9704-2012 7.2: 28 characters a line; an ASCII character takes half an
// em), wherever a word falls.
import { lineWidth } from '../src/parse/pdf.js';

/** The lines of `paragraph` wrapped at `width` ems (one empty line for an empty paragraph); `ascii`: the ems an ASCII
 *  character takes (1 for a page that sets digits full width, or a tool that wraps by characters). */
export function wrapLines(paragraph: string, width = 28, ascii = 0.5): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of paragraph) {
    if (lineWidth(line + c, 0, line.length + c.length, ascii) > width) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  lines.push(line);
  return lines;
}
