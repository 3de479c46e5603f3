// Markdown that arrives in a file not named .md. Government portals, CMS exports and html-to-markdown
// converters give a page's text as markdown (`## 一、…` headings, `**一是**` bold leads, `[首页](…)`
// breadcrumbs), and it is often saved as .txt. Read as plain text, its heading marks hide the
// headings (`## 一、` is no marker) and its asterisks run into titles. Such a file is read as
// markdown when its lines carry the syntax of markdown BLOCKS: two ATX headings, or one heading and
// two bold spans. One heading alone is not enough (a plain text may open with a `#` line); a single
// pair of asterisks in prose is not either.

/** An ATX heading line: up to three spaces, one to six `#`, a space, then text (CommonMark). */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/gmu;
/** A strong span on one line: `**…**` around text with no asterisk inside. */
const STRONG = /\*\*[^*\n]+\*\*/gu;

function count(re: RegExp, text: string, enough: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < enough && re.exec(text) !== null) n++;
  return n;
}

/** Whether a text not named as markdown is markdown all the same (see the file comment). */
export function looksLikeMarkdown(text: string): boolean {
  if (!text.includes('#')) return false;
  const headings = count(ATX_HEADING, text, 2);
  if (headings >= 2) return true;
  return headings === 1 && text.includes('**') && count(STRONG, text, 2) >= 2;
}
