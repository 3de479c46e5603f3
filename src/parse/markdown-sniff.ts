// Markdown that arrives in a file not named .md. Government portals, CMS exports and html-to-markdown
// converters give a page's text as markdown (`## 一、…` headings, `**一是**` bold leads, `[首页](…)`
// breadcrumbs), and it is often saved as .txt. Read as plain text, its heading marks hide the
// headings (`## 一、` is no marker) and its asterisks run into titles (`一是 **新增…`). Such a file is
// read as markdown when it carries markdown syntax more than once: two ATX headings, three bold spans
// (`**一、…**`, `**一是**`: official text marks nothing with paired asterisks), or one heading and two
// bold spans. One heading alone is not enough (a plain text may open with a `#` line); a pair or two
// of asterisks in prose is not either.

/** An ATX heading line: up to three spaces, one to six `#`, a space, then text (CommonMark). */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/gmu;
/** A strong span on one line: `**…**` around text with no asterisk inside, opening and closing on a character that is no space
 *  (CommonMark's flanking rule: `A ** 2 + B ** 2` and a table's footnote marks `增速**\t%\t6**` are no bold). */
const STRONG = /\*\*[^\s*](?:[^*\n]*[^\s*])?\*\*/gu;
/** What only a page's HTML source holds (its document tags, a paragraph or division opened): such a text is no markdown,
 *  whatever its scripts hold (`t**2`). Inline tags that markdown allows (`<br>` in a table cell, `<span>`) are left out.
 *  A tag is told by its name and the space or `>` after it: no scan for its closing bracket, which a tag never closed
 *  would run to the end of the text at every `<p` (quadratic). */
const HTML_PAGE = /<(?:html|head|body|!doctype)\b|<(?:p|div)[\s>]/iu;

function count(re: RegExp, text: string, enough: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < enough && re.exec(text) !== null) n++;
  return n;
}

/** Whether a text not named as markdown is markdown all the same (see the file comment). */
export function looksLikeMarkdown(text: string): boolean {
  if (text.includes('<') && HTML_PAGE.test(text)) return false;
  const headings = text.includes('#') ? count(ATX_HEADING, text, 2) : 0;
  if (headings >= 2) return true;
  if (!text.includes('**')) return false;
  return count(STRONG, text, 3) >= 3 - headings;
}
