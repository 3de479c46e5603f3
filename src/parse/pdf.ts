// Whether a text shows the marks of PDF extraction. Only then are paragraphs joined across line
// breaks: in clean web text a long heading without a full stop is followed by its body, and
// joining the two would run the heading into the body.
import type { OutlineGrammar } from '../grammar/outline.js';
import { matchLeadingMarker } from '../outline/marker.js';
import { endsSentence } from '../text/ends.js';
import type { LineFurniture } from '../blocks/furniture.js';
import type { Line } from './lines.js';

const STRAY_SPACE = /\p{Script=Han}[ \t]+\p{Script=Han}/gu;
const BULLET_MARKER = /^[ \t]*[-*•][ \t]+[(（]?[0-9０-９一二三四五六七八九十]/u;
const LONG_LINE = 20;

export function looksLikePdfText(text: string, lines: readonly Line[], furniture: readonly LineFurniture[], grammar: OutlineGrammar): boolean {
  let straySpaces = 0;
  let bullets = 0;
  let long = 0;
  let unterminated = 0;
  let pageNumbers = 0;
  lines.forEach((line, i) => {
    if (furniture[i] === 'page-number') pageNumbers++;
    if (line.blank || furniture[i]) return;
    const content = text.slice(line.start, line.contentEnd);
    // A stray space needs a space or tab: most lines have none, and are spared the regex runs.
    if (content.includes(' ') || content.includes('\t')) {
      // The space after a marker (第一条 为…, 第一章 总则) is how official documents set it, not damage.
      const body = content.slice(matchLeadingMarker(content, grammar)?.end ?? 0);
      straySpaces += body.match(STRAY_SPACE)?.length ?? 0;
    }
    if (BULLET_MARKER.test(content)) bullets++;
    if (content.trim().length >= LONG_LINE) {
      long++;
      if (!endsSentence(content, true)) unterminated++;
    }
  });
  // Hard-wrapped text: most long lines stop mid-sentence.
  const wrapped = unterminated >= 3 && unterminated > long * 0.4;
  // Page numbers on lines of their own (`— 1 —`) are a printed page's.
  return straySpaces >= 2 || bullets >= 2 || wrapped || pageNumbers >= 2;
}
