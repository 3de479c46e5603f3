// Groups physical lines into blocks: paragraphs (one line each, or several where PDF extraction
// broke a sentence across lines) and furniture lines. Blocks tile the text: each runs from the
// start of its first line to the start of the next block, so trailing blank lines belong to it.
import type { OutlineGrammar } from '../grammar/outline.js';
import { matchLeadingMarker } from '../outline/marker.js';
import { cleanSlice } from '../text/clean.js';
import type { Line } from './lines.js';

export interface Block {
  kind: 'paragraph' | 'boilerplate';
  start: number;
  /** End of the last content line (before trailing line breaks and blank lines). */
  contentEnd: number;
  end: number;
}

/** A paragraph that ends with one of these (optionally followed by closing quotes) is complete. */
const COMPLETE = /[。！？；：!?;:…][”’"'」』)）]*$/u;
/** A PDF-broken paragraph is long; a short unpunctuated line is a heading or a caption. */
const MIN_BROKEN_LENGTH = 20;

function continues(text: string, prev: Block, next: Line, grammar: OutlineGrammar): boolean {
  const prevText = cleanSlice(text, prev.start, prev.contentEnd).text;
  if (prevText.length < MIN_BROKEN_LENGTH || COMPLETE.test(prevText) || grammar.planTitle.test(prevText)) return false;
  return matchLeadingMarker(text.slice(next.start, next.contentEnd), grammar) === undefined;
}

/** `joinBroken`: join sentences broken across lines (for text extracted from a PDF). */
export function groupBlocks(
  text: string,
  lines: readonly Line[],
  furniture: readonly boolean[],
  grammar: OutlineGrammar,
  joinBroken: boolean,
): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const last = blocks[blocks.length - 1];
    if (line.blank) {
      if (last) last.end = line.end;
      continue;
    }
    const kind = furniture[i] ? 'boilerplate' : 'paragraph';
    if (joinBroken && last && kind === 'paragraph' && last.kind === 'paragraph' && continues(text, last, line, grammar)) {
      last.contentEnd = line.contentEnd;
      last.end = line.end;
      continue;
    }
    blocks.push({ kind, start: blocks.length === 0 ? 0 : line.start, contentEnd: line.contentEnd, end: line.end });
  }
  return blocks;
}
