// docNumber: the document's own 文号 (`宝卫〔2023〕4号`), from a labelled metadata field, a line
// of the head that is nothing but a 文号, or the brackets that end a title line. A 文号 inside a
// sentence belongs to a cited document, unless the title it is cited after is the document's own (a post's lead-in).
import type { MetaGrammar } from '../grammar/meta.js';
import type { LabelledField } from './fields.js';
import { headBlocks, type MetaDoc } from './doc.js';
import { isOrgan } from './signature.js';

/** The grammar's 文号 pattern anchored where the search starts, made once per pattern (not per line tested). */
const stickyNumbers = new WeakMap<RegExp, RegExp>();

function stickyNumber(pattern: RegExp): RegExp {
  let sticky = stickyNumbers.get(pattern);
  if (!sticky) stickyNumbers.set(pattern, (sticky = new RegExp(pattern.source, 'uy')));
  sticky.lastIndex = 0;
  return sticky;
}

/** The 文号 a text consists of (optionally in brackets, optionally followed by 签发人), else null. */
export function docNumberOnly(text: string, grammar: MetaGrammar): string | null {
  const t = text.normalize('NFKC').trim().replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
  const m = stickyNumber(grammar.docNumber).exec(t);
  if (!m) return null;
  return grammar.docNumberTail.test(t.slice(m[0].length).trim()) ? tidy(m[0]) : null;
}

/** A 文号 as written, without the stray spaces of PDF extraction, and with the digits of its year where OCR
 *  read a 0 as the letter O (〔2O26〕 → 〔2026〕). */
const tidy = (number: string): string =>
  number.replace(/\s+/gu, '').replace(/(?<=[〔\[［【(（])[0-9Oo]{4}/u, (year) => year.replace(/[Oo]/gu, '0'));

/** The document's 文号: a panel's, else the 文号 line of the head at or after block `from` (the
 *  plan's own notice, below a notice that forwards it), else one that ends a title line. Where the
 *  head holds several 文号 lines (an issue of a 政府公报, documents printed one after another: each
 *  document's title has its own), the one nearest the title block `title` is the document's: GB/T 9704
 *  sets the 发文字号 right above the title, a 公报 or a portal's reprint right under it. */
export function findDocNumber(doc: MetaDoc, fields: readonly LabelledField[], grammar: MetaGrammar, from = 0, title = -1, ownTitle: string | null = null): string | null {
  for (const f of fields) {
    if (f.kind !== 'docNumber') continue;
    const number = docNumberOnly(f.value, grammar);
    if (number) return number;
  }
  const head = headBlocks(doc).slice(from);
  let nearest: string | null = null;
  let distance = Infinity;
  for (const [k, block] of head.entries()) {
    const number = docNumberOnly(block.text, grammar) ?? docNumberOnly(block.raw, grammar);
    if (!number) continue;
    if (title < 0) return number;
    // (a tie goes to the line above, where GB/T 9704 sets it: the first found)
    const d = Math.abs(from + k - title);
    if (d < distance) [nearest, distance] = [number, d];
  }
  if (nearest) return nearest;
  const order = orderNumber(doc, grammar);
  if (order) return order;
  for (const block of head) {
    const number = titledNumber(block.text, grammar);
    if (number) return number;
  }
  return ownTitle ? citedOwnNumber(head.map((b) => b.text), ownTitle, grammar) : null;
}

/**
 * The number of an order (GB/T 9704 命令（令）格式): the header `某市人民政府令` (grammar orderHeader, an organ before 令) at the top
 * of the document and the 令号 line right under it (`第9号`, grammar orderNumber), written together as the order is cited
 * (`某市人民政府令第9号`). A 规章 published by an order has this number and no 〔year〕 文号.
 */
function orderNumber(doc: MetaDoc, grammar: MetaGrammar): string | null {
  if (!grammar.orderNumber) return null;
  const head = headBlocks(doc).filter((b) => !b.furniture).slice(0, 6);
  for (const [k, block] of head.entries()) {
    const header = grammar.orderHeader.exec(block.text);
    const organ = header?.groups?.organ;
    const next = head[k + 1];
    if (!header || !organ || !next || !isOrgan(organ, grammar)) continue;
    const number = next.text.normalize('NFKC').replace(/\s+/gu, '');
    if (grammar.orderNumber.test(number)) return `${block.text.trim()}${number.replace(/^[(（]|[)）]$/gu, '')}`;
  }
  return null;
}

/** A 文号 may follow the title it is cited with in brackets (印发《2026年工作要点》（某市监发〔2026〕5号）). */
const CITED = /《([^《》]{2,80})》\s*[（(]\s*([^（()）]{4,40}?)\s*[)）]/gu;

/**
 * The 文号 a news post or a reprint gives in its lead-in, after the document's own title in 《》 (近日，某局印发《2026年工作要点》
 * （某市监发〔2026〕5号）): the document the post carries, as its title (whole, or without the organ that opens it) says. A
 * 文号 cited after another title is that document's.
 */
function citedOwnNumber(lines: readonly string[], ownTitle: string, grammar: MetaGrammar): string | null {
  const own = ownTitle.normalize('NFKC').replace(/\s+/gu, '');
  for (const line of lines) {
    for (const m of line.normalize('NFKC').matchAll(CITED)) {
      const cited = (m[1] ?? '').replace(/\s+/gu, '');
      // The whole title, or the title without the organ that opens it (no year there: 《卫生健康工作要点》 cited in 某县2026年
      // 卫生健康工作要点 is another document, the province's).
      if (cited.length < 4 || !own.endsWith(cited) || /[0-9]/u.test(own.slice(0, own.length - cited.length))) continue;
      const number = docNumberOnly(m[2] ?? '', grammar);
      if (number) return number;
    }
  }
  return null;
}

/** A title line split into the title and the 文号 that ends it, in brackets (grammar `titleNumber`)
 *  or not (`titleNumberBare`), else null. */
function splitTitledNumber(line: string, grammar: MetaGrammar): { title: string; number: string } | null {
  // A title and a 文号: no longer than a title can be and a bracketed number.
  if (line.length > grammar.maxTitle + MAX_NUMBER) return null;
  const isTitle = (title: string): boolean => grammar.planTitle.test(title) || grammar.noticeEnd.test(title);
  const m = grammar.titleNumber.exec(line);
  if (m) {
    const title = line.slice(0, m.index).trimEnd();
    return isTitle(title) ? { title, number: tidy(m.groups?.number ?? '') } : null;
  }
  const bare = grammar.titleNumberBare.exec(line);
  const organ = bare?.groups?.organ;
  if (!bare || !organ) return null;
  const end = bare.index + organ.length;
  for (let start = end - 1; start >= bare.index; start--) {
    const title = line.slice(0, start).trimEnd();
    if (isTitle(title)) return { title, number: tidy(line.slice(start).normalize('NFKC')) };
  }
  return null;
}

/** The 文号 that ends a title line, else null. */
export function titledNumber(line: string, grammar: MetaGrammar): string | null {
  return splitTitledNumber(line, grammar)?.number ?? null;
}

/** A title line without the 文号 that ends it, as written. */
export function withoutTitledNumber(line: string, grammar: MetaGrammar): string {
  return splitTitledNumber(line, grammar)?.title ?? line;
}

/** The longest bracketed 文号 titleNumber reads: brackets, 12 characters of organ, 〔year〕, 第, 4 digits, 号, and spaces. */
const MAX_NUMBER = 40;
