// publishDate and issueDate: the page's web publish time, and the date the document itself is
// signed (成文/发文 date, the date under the signature).
import { fullDates, type FullDate } from '../dates/full-dates.js';
import type { MetaGrammar } from '../grammar/meta.js';
import { headBlocks, type MetaDoc } from './doc.js';
import type { LabelledField } from './fields.js';
import type { Signature } from './signature.js';

/** The date of a text that is nothing but a date (`2022年12月30日`, `(2016年12月27日印发)`). */
export function dateOnly(text: string, grammar: MetaGrammar): string | null {
  const t = text.normalize('NFKC').trim();
  const inner = grammar.dateLine.exec(t)?.groups?.date ?? t;
  const [date] = fullDates(inner, grammar.dates);
  if (!date || date.index !== 0 || date.end !== inner.length) return null;
  return date.iso;
}

/** The date a labelled field's value starts with. Read from the field's whole text, not its first
 *  word: a PDF's text sets spaces between digits and Han characters (`成文日期：2025 年 5 月 12 日`). */
function fieldDate(field: LabelledField, grammar: MetaGrammar): string | null {
  const [date] = fullDates(field.text, grammar.dates);
  return date && date.index === 0 ? date.iso : null;
}

/** A date followed by a weekday is the day a page was viewed. */
function isViewDate(text: string, date: FullDate, grammar: MetaGrammar): boolean {
  return grammar.viewDate.test(text.normalize('NFKC').slice(date.end));
}

/** The page's web publish time: a labelled publish date, else a date with a time of day on a
 *  furniture line (`中医师承专长 2024-12-21 11:49 2`). A view date (`2025年4月17日 星期四`) is none. */
export function webPublishDate(doc: MetaDoc, fields: readonly LabelledField[], grammar: MetaGrammar): string | null {
  for (const f of fields) {
    if (f.kind !== 'publish') continue;
    const date = fieldDate(f, grammar);
    if (date) return date;
  }
  const head = new Set(headBlocks(doc));
  for (const block of doc.blocks) {
    // A time of day is web furniture, also on a head line the furniture grammar did not flag.
    if (!block.furniture && !(head.has(block) && block.text.length <= 60)) continue;
    const raw = block.raw.normalize('NFKC');
    for (const date of fullDates(raw, grammar.dates)) {
      if (isViewDate(raw, date, grammar)) continue;
      if (/^\s*\d{1,2}:\d{2}/u.test(raw.slice(date.end))) return date.iso;
    }
  }
  // A furniture line that starts with a date (`2021-06-18 来源: 市卫生健康局`), or the masthead of a
  // periodical's issue that ends with its publication date (`…主办　2026年3月5日出版`).
  for (const block of doc.blocks) {
    if (!block.furniture) continue;
    const raw = block.raw.normalize('NFKC');
    const dates = fullDates(raw, grammar.dates);
    const [date] = dates;
    if (date && date.index === 0 && !isViewDate(raw, date, grammar)) return date.iso;
    const issued = dates.find((d) => grammar.issuePublished.test(raw.slice(d.end)));
    if (issued) return issued.iso;
  }
  return null;
}

/** The day a speech or report was delivered, from its subtitle (`——2026年1月26日在…会议上`), or
 *  the day a meeting adopted the document, from its 题注 (`（2025年2月12日…会议审议通过）`). */
function deliveredDate(text: string, grammar: MetaGrammar): string | null {
  const t = text.normalize('NFKC');
  const date = grammar.deliveredDate.exec(t)?.groups?.date ?? grammar.approvedDate.exec(t)?.groups?.date;
  return date ? dateOnly(date, grammar) : null;
}

/** The date of a 版记's 印发 line (`某县林业局办公室　　2026年9月26日印发`), read from the line with its spaces. */
function imprintDate(raw: string, grammar: MetaGrammar): string | null {
  const date = grammar.imprintLine.exec(raw.normalize('NFKC'))?.groups?.date;
  return date ? dateOnly(date, grammar) : null;
}

/** The document's own date: a labelled 成文/发文 date, else the signature's date, else a line that
 *  is nothing but a date (or a report's delivery date, or a 版记's 印发 date), in the head below the title or at the
 *  end of the document. */
export function writtenDate(doc: MetaDoc, fields: readonly LabelledField[], signature: Signature | null, grammar: MetaGrammar): string | null {
  for (const f of fields) {
    if (f.kind !== 'issue') continue;
    const date = fieldDate(f, grammar);
    if (date) return date;
  }
  if (signature) return signature.date;
  const text = doc.blocks.filter((b) => !b.furniture);
  const head = headBlocks(doc).filter((b) => !b.furniture);
  for (const [k, block] of [...head, ...text.slice(-5)].entries()) {
    const date = dateOnly(block.text, grammar) ?? deliveredDate(block.text, grammar) ?? imprintDate(block.raw, grammar);
    if (date) return date;
    // A 题注 a narrow page broke over two lines: `（2021年2月2日…人民代表大会` / `第五次会议批准）`.
    const next = head[k + 1];
    if (k + 1 < head.length && next && /^[(（][^)）]*$/u.test(block.text)) {
      const joined = deliveredDate(block.text + next.text, grammar);
      if (joined) return joined;
    }
  }
  return null;
}

export interface DocDates {
  publishDate: string | null;
  issueDate: string | null;
}

/** publishDate is the web publish time, else the written date; issueDate is the written date
 *  only where the page also shows a web publish time. */
export function documentDates(doc: MetaDoc, fields: readonly LabelledField[], signature: Signature | null, grammar: MetaGrammar): DocDates {
  const web = webPublishDate(doc, fields, grammar);
  const written = writtenDate(doc, fields, signature, grammar);
  return { publishDate: web ?? written, issueDate: web && written ? written : null };
}
