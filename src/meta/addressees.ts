// addressees: a notice's 主送 line (`各区(市、县)卫生健康局,局属各单位,机关各处室:`) split into its
// items on `,`/`，`; a `、` stays inside an item.
import type { MetaGrammar } from '../grammar/meta.js';
import { headBlocks, type MetaDoc } from './doc.js';

/** The items of a 主送 line, or null when the text is not one. */
export function addresseeList(text: string, grammar: MetaGrammar): string[] | null {
  const t = text.trim();
  if (!/[:：]$/u.test(t) || /[。；;！!？?]/u.test(t)) return null;
  const items = t
    .slice(0, -1)
    .split(/[,，]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0 || items.some((s) => s.length > 40 || grammar.addresseeNot.test(s))) return null;
  const names = (s: string): boolean =>
    grammar.addresseeStarts.some((w) => s.startsWith(w)) ||
    grammar.addresseeEnds.some((w) => s.endsWith(w)) ||
    grammar.organEnd.test(s);
  // The first item and most others name a body (a line like `重点抓好十个方面的工作:` does not).
  const named = items.filter(names).length;
  return names(items[0] as string) && named * 2 >= items.length ? items : null;
}

/** The first 主送 line of the head below the document's first title line (`from`, -1 when
 *  unknown): above the plan's outline and above the first sentence of running text (a notice's
 *  主送 precedes its body). */
export function findAddressees(doc: MetaDoc, from: number, grammar: MetaGrammar): string[] | null {
  for (const block of headBlocks(doc).slice(Math.max(0, from))) {
    if (block.furniture) continue;
    if (block.text.length > 20 && /[。；;]/u.test(block.text)) break;
    const items = addresseeList(block.text, grammar);
    if (items) return items;
  }
  return null;
}
