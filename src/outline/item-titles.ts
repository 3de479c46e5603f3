// The titles of a paragraph's inline items (一是…二是…), read together: the items of one enumeration share a form.
import type { OutlineGrammar } from '../grammar/outline.js';
import type { MarkerMatch } from './marker.js';
import { extractTitle, opensWithVerb, runTogetherCut } from './title.js';

/** What a heading's words hold none of: a digit, a comma, an enumeration comma. */
const NOT_HEADING = /[0-9０-９、，,]/u;

/**
 * Whether an item's title is a short heading closed by its own 。 with a body after it (一是抓项目投资。全年完成…): the
 * form of an enumeration whose items each name a task before they state it.
 */
function headedItem(text: string, start: number, limit: number, title: string, grammar: OutlineGrammar): boolean {
  const max = grammar.runon.runTogether?.maxHeading ?? 0;
  if (title.length === 0 || title.length > max || NOT_HEADING.test(title)) return false;
  // The title is read from cleaned text (a line break or markup inside it dropped) and need not stand verbatim in the
  // source: where it does not, where it ends is unknown, and no 。 can be said to close it.
  const at = text.indexOf(title, start);
  if (at < 0) return false;
  const end = at + title.length;
  return text[end] === '。' && text.slice(end + 1, limit).trim() !== '';
}

/** An item's text: its title's search start, the end of its text, and its title as read on its own. */
export interface ItemText {
  start: number;
  limit: number;
  title: string;
}

/**
 * The titles of an enumeration's items, read together. Where every other item is a heading closed by 。 before its
 * body, an item that is not one lost that 。 (二是强化安全生产开展隐患排查整治，…): its title ends where its body opens
 * after heading words, as a heading run together with its body does.
 */
export function sharedForm(text: string, items: readonly ItemText[], grammar: OutlineGrammar): string[] {
  const titles = items.map((item) => item.title);
  if (items.length < 2) return titles;
  const headed = items.map((item) => headedItem(text, item.start, item.limit, item.title, grammar));
  return titles.map((title, k) => {
    // (an item that opens with its subject is a sentence of its own, not a heading that lost its 。: 二是街道执法队伍开展…)
    if (headed[k] || !headed.every((h, j) => h || j === k) || !opensWithVerb(title, grammar)) return title;
    const cut = runTogetherCut(title, grammar);
    return cut > 0 ? title.slice(0, cut) : title;
  });
}

/** The titles of inline `items` (the text of each up to the next one, or `end`), read together (sharedForm). */
export function itemTitles(text: string, items: readonly MarkerMatch[], end: number, grammar: OutlineGrammar): string[] {
  return sharedForm(
    text,
    items.map((item, k) => {
      const limit = items[k + 1]?.start ?? end;
      return { start: item.end, limit, title: extractTitle(text, item.end, limit, grammar, 'inline') };
    }),
    grammar,
  );
}
