// unified parser plugin for markdown input: remark-parse reads the markdown, and its blocks are
// mapped onto the same leaves as plain text, so the later stages see no difference. Markdown
// syntax (#, **, list bullets, link targets) is flagged as markup: kept in `value`, left out of
// `text`, titles and indicators. A file nested too deeply for remark-parse (markdown-depth.ts) is
// read as plain text instead, with a parse/too-deep warning.
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { TextView } from '../text/view.js';
import { emptyPlan, fileSource, fileView, type PlanFileData, type PlanTree } from '../tree.js';
import type { Block } from './blocks.js';
import { findFurniture } from '../blocks/furniture.js';
import { blocksToLeaves } from './leaves.js';
import { splitLines, type Line } from './lines.js';
import { findTooDeep } from './markdown-depth.js';
import { paragraphRuns } from './markdown-lines.js';
import { parsePlainText, type ParseGrammars, type ParseOptions } from './plain.js';
import { defaultGrammars } from '../grammar/grammars.js';

type MdNode = Root | RootContent;

const CONTAINERS = new Set(['root', 'list', 'listItem', 'blockquote', 'footnoteDefinition']);
const TEXT = new Set(['text', 'inlineCode']);

/** Leaf blocks (paragraphs, headings, code, tables…) in document order. */
function leafBlocks(node: MdNode, out: MdNode[]): MdNode[] {
  if (CONTAINERS.has(node.type) && 'children' in node) for (const child of node.children) leafBlocks(child, out);
  else if (node.position) out.push(node);
  return out;
}

/**
 * Strong-emphasis delimiters CommonMark leaves as text next to CJK punctuation: a closing `**` after
 * 。 or ） and before a CJK character is not right-flanking, so `**（一）加强领导。**各地要…` (how a
 * converter writes a Word file's bold lead sentence) keeps its asterisks. They are markup all the same.
 */
const STRONG_DELIMITER = /(?<!\*)\*{2,3}(?!\*)/gu;

/** A CommonMark backslash escape: a backslash before ASCII punctuation (its text is the mark alone). */
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/gu;

/** Marks every character of a block as markup, then unmarks its text. */
function markText(node: MdNode, markup: Uint8Array, source: string): void {
  const pos = node.position;
  if (TEXT.has(node.type) && pos) {
    const start = pos.start.offset ?? 0;
    const end = pos.end.offset ?? 0;
    markup.fill(0, start, end);
    if (node.type !== 'text') return;
    const text = source.slice(start, end);
    // A backslash escape (`1\.`, how converters keep an item number from opening a list) is syntax.
    if (text.includes('\\')) for (const m of text.matchAll(ESCAPE)) markup[start + m.index] = 1;
    if (!text.includes('**')) return;
    for (const m of text.matchAll(STRONG_DELIMITER)) markup.fill(1, start + m.index, start + m.index + m[0].length);
  } else if ('children' in node) for (const child of node.children) markText(child, markup, source);
}

export function parseMarkdownText(file: VFile, grammars: ParseGrammars): PlanTree {
  const source = String(file.value);
  const lines = splitLines(source);
  const tooDeep = findTooDeep(source, lines);
  if (tooDeep) {
    const plan = parsePlainText(file, grammars);
    const message = `markdown nested too deeply to read (${tooDeep.message}): the file was read as plain text, its markdown syntax kept as text`;
    report(file, fileView(file).locator, 'parse/too-deep', 'warning', message, tooDeep.offset, tooDeep.offset);
    return plan;
  }
  return parseMarkdownTree(file, source, lines, grammars);
}

function parseMarkdownTree(file: VFile, source: string, lines: Line[], grammars: ParseGrammars): PlanTree {
  const mdast = unified().use(remarkParse).parse(source);
  const markup = new Uint8Array(source.length);
  const nodes = leafBlocks(mdast, []);
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    // Code and HTML blocks have no text children: their content is text as it stands.
    if (node.type === 'code' || node.type === 'html') continue;
    markup.fill(1, start, end);
    markText(node, markup, source);
  }
  const view = new TextView(source, markup);
  (file.data as PlanFileData).view = view;

  const furniture = findFurniture(source, lines, grammars.furniture);
  const lineStarts = view.locator.lineStarts;
  const blocks: Block[] = [];
  for (const node of nodes) {
    const firstLine = (node.position?.start.line ?? 1) - 1;
    const lastLine = (node.position?.end.line ?? 1) - 1;
    const end = node.position?.end.offset ?? 0;
    // A paragraph of one paragraph a line (a file saved as .md without blank lines) is read line by line.
    const runs = node.type === 'paragraph' ? paragraphRuns(source, lines, firstLine, lastLine, grammars.outline) : [[firstLine, lastLine]];
    for (const [line, last] of runs) {
      // A block starts at the start of its line, so list bullets and # belong to it.
      const start = blocks.length === 0 ? 0 : (lineStarts[line as number] ?? 0);
      if (blocks.length > 0 && start <= (blocks[blocks.length - 1] as Block).start) continue;
      const kind = furniture[line as number] ? 'boilerplate' : 'paragraph';
      const contentEnd = last === lastLine ? end : ((lines[last as number] as Line).contentEnd);
      blocks.push({ kind, start, contentEnd, end: source.length });
    }
  }
  blocks.forEach((b, i) => {
    b.end = blocks[i + 1]?.start ?? source.length;
  });
  const plan = emptyPlan(fileSource(file), view.locator.position(0, source.length));
  plan.children = blocksToLeaves(view, blocks);
  return plan;
}

/** The markdown parser as a unified plugin (remark-parse mapped onto the plan tree's leaves). */
export function planParseMarkdown(this: Processor, options: ParseOptions = {}): void {
  const grammars = options.grammars ?? defaultGrammars();
  (this as unknown as { parser: (doc: string, file: VFile) => PlanTree }).parser = (_doc, file) => parseMarkdownText(file, grammars);
}
