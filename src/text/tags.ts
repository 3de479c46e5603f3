// HTML tags left in text taken from a web page's source (<p style="…">一、总体要求</p>, <br/>,
// <span>): read as white space of their own length, so that every offset stays the source's. A tag
// that starts or ends a block (a paragraph, a line break, a table row or cell, a list item, a
// heading) also ends the line there, as a browser shows it.

/** The tags of text markup a page's body uses; other `<…>` (a comparison such as <5%) is text. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9}(?::[a-zA-Z0-9]{1,10})?)(?:\s[^<>]{0,400})?\s*\/?>/gu;

const INLINE = new Set(['span', 'font', 'strong', 'b', 'i', 'u', 'em', 'a', 'img', 'sup', 'sub', 'o:p', 'u1:p', 'label', 'small', 'big']);
const BLOCK = new Set(['p', 'br', 'div', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'center', 'blockquote', 'hr', 'pre']);

const LINE_END = new Set([10, 13]);

/** `text` with its HTML tags as white space of their length (a line break first for a block's);
 *  `text` itself when it has none. */
export function readTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(TAG, (tag: string, name: string, at: number) => {
    const n = name.toLowerCase();
    if (!BLOCK.has(n)) return INLINE.has(n) ? ' '.repeat(tag.length) : tag;
    // A block's tag at a line's start or end has a line end beside it already.
    const end = at + tag.length;
    const alone = at === 0 || LINE_END.has(text.charCodeAt(at - 1)) || end === text.length || LINE_END.has(text.charCodeAt(end));
    return alone ? ' '.repeat(tag.length) : `\n${' '.repeat(tag.length - 1)}`;
  });
}
