// HTML tags left in text taken from a web page's source (<p style="…">一、总体要求</p>, <br/>,
// <span>): read as white space of their own length, so that every offset stays the source's, and so
// are comments, declarations, scripts and style sheets with what they hold. A tag
// that starts or ends a block (a paragraph, a line break, a table row or cell, a list item, a
// heading) also ends the line there, as a browser shows it, except a <br> inside a row of a markdown
// pipe table (| a<br>b | 1 |): a row is one line, and <br> is how converters break a cell's text. So is
// a row of an HTML table (<tr><td>婴儿死亡率（‰）</td><td>≤4</td></tr>): its cells after the first open
// with a TAB, the row reads as a row copied from a word processor does (指标\t目标值), and the table
// stage reads it as such a table. A cell's paragraphs and line breaks still end lines.

/** The tags of text markup a page's body uses; other `<…>` (a comparison such as <5%) is text. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9}(?::[a-zA-Z0-9]{1,10})?)(?:\s[^<>]{0,400})?\s*\/?>/gu;

const INLINE = new Set(['span', 'font', 'strong', 'b', 'i', 'u', 'em', 'a', 'img', 'sup', 'sub', 'o:p', 'u1:p', 'label', 'small', 'big']);
const BLOCK = new Set([
  'html', 'head', 'body', 'title', 'meta', 'link', 'header', 'footer', 'nav', 'main', 'section', 'article', 'aside',
  'p', 'br', 'div', 'center', 'blockquote', 'hr', 'pre', 'address', 'form', 'input', 'button', 'select', 'option', 'iframe',
  'table', 'caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const LINE_END = new Set([10, 13]);

/** Where what a page holds that is no text starts: a comment, a declaration (<!DOCTYPE html>), a
 *  script or a style sheet. */
const NOT_TEXT = /<!--|<!(?=[a-zA-Z])|<(script|style)\b/giu;

/** `s` as white space of its length, its line ends kept. */
const blank = (s: string): string => s.replace(/[^\n\r]/gu, ' ');

/**
 * `text` with its comments, declarations, scripts and style sheets blanked, what they hold too. Each
 * is looked for once from where the last ended, and one never closed ends the search: linear.
 */
function blankNotText(text: string): string {
  const parts: string[] = [];
  let last = 0;
  NOT_TEXT.lastIndex = 0;
  for (let m = NOT_TEXT.exec(text); m; m = NOT_TEXT.exec(text)) {
    let end: number;
    if (m[0] === '<!--') {
      const close = text.indexOf('-->', m.index + 4);
      if (close < 0) break;
      end = close + 3;
    } else if (m[1] !== undefined) {
      const close = new RegExp(`</${m[1]}\\s*>`, 'giu');
      close.lastIndex = m.index;
      const c = close.exec(text);
      if (!c) break;
      end = c.index + c[0].length;
    } else {
      const close = text.indexOf('>', m.index);
      if (close < 0) break;
      end = close + 1;
    }
    parts.push(text.slice(last, m.index), blank(text.slice(m.index, end)));
    last = end;
    NOT_TEXT.lastIndex = end;
  }
  return last === 0 ? text : parts.join('') + text.slice(last);
}

/** A line that is a row of a markdown pipe table (`| 指标 | 2024年 |`, `| --- | --- |`; GFM tables have one row a line): it
 *  opens and closes with a pipe, spaces aside. */
export const PIPE_ROW = /^[ \t\u3000]*\|.*\|[ \t\u3000]*$/u;

/** Whether text[at] is on a pipe table's row; `line` caches the last line looked at, so that the
 *  tags of a text, asked in order, look at each line once. */
function onPipeRow(text: string, at: number, line: { start: number; end: number; pipe: boolean }): boolean {
  if (at >= line.end) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at);
    line.start = start;
    line.end = next < 0 ? text.length : next;
    line.pipe = PIPE_ROW.test(text.slice(start, line.end).replace(/\r$/u, ''));
  }
  return line.pipe;
}

/** The tags of a cell of an HTML table row. */
const CELL = new Set(['td', 'th']);
/** The tags of an HTML table's structure: where no text came since the last line end, they end no line again (the rows of a
 *  table are lines, with no empty line between them). */
const TABLE_PART = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
/** Text: anything but white space (a spacer cell's &nbsp; is taken out first). */
const TEXT = /[^\s\u3000\u00a0]/u;

/** `text` with its HTML tags as white space of their length (a line break first for a block's,
 *  a TAB for a table cell's that follows a cell with text on its line); `text` itself when it has none. */
export function readTags(text: string): string {
  if (!text.includes('<')) return text;
  const line = { start: 0, end: -1, pipe: false };
  const source = blankNotText(text);
  // Whether text came since the last line end, whether a table cell is open on this line and whether it holds text: the next
  // cell of the row is set apart from it by a TAB. A line end in the source (a page that writes each cell on a line of its own)
  // or a tag's (a cell's <p> or <br>) ends that: the cells are then lines, as before. `lineEndAfter` is the first line end in
  // the source at or after the tag before, so that each part of the text is searched once.
  let lineHasText = false;
  let cellOnLine = false;
  let cellHasText = false;
  let lastTagEnd = 0;
  const nextLineEnd = (from: number): number => {
    const i = source.indexOf('\n', from);
    return i < 0 ? Infinity : i;
  };
  let lineEndAfter = nextLineEnd(0);
  return source.replace(TAG, (tag: string, name: string, at: number) => {
    const n = name.toLowerCase();
    let from = lastTagEnd;
    if (lineEndAfter < at) {
      lineHasText = cellOnLine = cellHasText = false;
      from = source.lastIndexOf('\n', at - 1) + 1;
      lineEndAfter = nextLineEnd(at);
    }
    lastTagEnd = at + tag.length;
    if (from < at && TEXT.test(source.slice(from, at).replaceAll('&nbsp;', ''))) {
      lineHasText = true;
      cellHasText = cellOnLine;
    }
    if (!BLOCK.has(n)) return INLINE.has(n) ? ' '.repeat(tag.length) : tag;
    if (n === 'br' && onPipeRow(text, at, line)) return ' '.repeat(tag.length);
    const opensCell = CELL.has(n) && tag[1] !== '/';
    if (CELL.has(n) && cellOnLine) {
      if (!opensCell) return ' '.repeat(tag.length);
      const apart = cellHasText;
      cellHasText = false;
      return apart ? `\t${' '.repeat(tag.length - 1)}` : ' '.repeat(tag.length);
    }
    const read = TABLE_PART.has(n) && !lineHasText ? ' '.repeat(tag.length) : lineEndOrSpaces(text, tag, at);
    lineHasText = false;
    cellOnLine = opensCell;
    cellHasText = false;
    return read;
  });
}

/** A block's tag as a line end and spaces, or as spaces only at a line's start or end (a line end is beside it already). */
function lineEndOrSpaces(text: string, tag: string, at: number): string {
  const end = at + tag.length;
  const alone = at === 0 || LINE_END.has(text.charCodeAt(at - 1)) || end === text.length || LINE_END.has(text.charCodeAt(end));
  return alone ? ' '.repeat(tag.length) : `\n${' '.repeat(tag.length - 1)}`;
}
