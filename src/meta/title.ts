// title: the plan's own title. For a notice (通知) that 印发s a plan, the plan's title (the line
// under the notice that names it, else the name the notice gives it), not the notice's.
import type { MetaGrammar } from '../grammar/meta.js';
import { dateOnly } from './dates.js';
import { headBlocks, type MetaBlock, type MetaDoc } from './doc.js';
import { docNumberOnly } from './docNumber.js';
import { isOrgan } from './issuer.js';

export interface TitleInfo {
  title: string | null;
  /** The wrapping notice's title, when there is one. */
  noticeTitle: string | null;
}

const SENTENCE = /[。；;！!？?]/u;
/** Menus and breadcrumbs: `首页 | 机构概况 | 政务公开`, `首页 > 政务公开`. */
const NAVIGATION_SEPARATOR = /\s[|｜>›»＞/]\s|[|｜›»＞]/u;
const key = (s: string): string => s.normalize('NFKC').replace(/[\s《》〈〉<>]/gu, '');

interface Candidate {
  text: string;
  /** Index of the last block it uses. */
  last: number;
}

/** A line that is something else than (a piece of) a title: a red header, a 文号, a date, an
 *  organ name (signature), a 主送 or lead-in line ending in a colon or comma. */
function notTitle(text: string, grammar: MetaGrammar): boolean {
  return (
    SENTENCE.test(text) ||
    NAVIGATION_SEPARATOR.test(text) ||
    grammar.navigation.test(text) ||
    /[，,：:]$/u.test(text) ||
    grammar.redHeader.test(text) ||
    docNumberOnly(text, grammar) !== null ||
    dateOnly(text, grammar) !== null ||
    isOrgan(text, grammar)
  );
}

/** Head lines that can be titles: single lines, and a title a PDF broke over two short lines. */
function candidates(blocks: readonly MetaBlock[], grammar: MetaGrammar): Candidate[] {
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    if (block.furniture || block.text.length > grammar.maxTitle || SENTENCE.test(block.text)) return;
    if (grammar.navigation.test(block.text) || NAVIGATION_SEPARATOR.test(block.raw)) return;
    out.push({ text: block.text, last: i });
    const next = blocks[i + 1];
    if (!next || next.furniture || notTitle(block.text, grammar) || notTitle(next.text, grammar)) return;
    if (grammar.planTitle.test(block.text) || grammar.noticeEnd.test(block.text)) return;
    const joined = block.text + next.text;
    if (joined.length <= grammar.maxTitle) out.push({ text: joined, last: i + 1 });
  });
  return out;
}

/** The plan a notice 印发s: `…关于印发《2020年全市卫生健康工作要点》的通知` → 2020年全市卫生健康工作要点. */
export function noticedPlan(notice: string, grammar: MetaGrammar): string | null {
  const end = grammar.noticeEnd.exec(notice);
  if (!end) return null;
  let rest = notice.slice(0, end.index);
  const about = rest.indexOf('关于');
  if (about >= 0) rest = rest.slice(about + 2);
  const verb = grammar.noticeVerbs.find((v) => rest.startsWith(v) || (about < 0 && rest.includes(v)));
  if (!verb) return null;
  rest = rest.slice(rest.indexOf(verb) + verb.length);
  const quoted = /^《(?<name>[^《》]+)》$/u.exec(rest)?.groups?.name;
  return (quoted ?? rest).trim() || null;
}

export function findTitle(doc: MetaDoc, grammar: MetaGrammar): TitleInfo {
  const head = headBlocks(doc);
  const cands = candidates(head, grammar);
  const isTitleLike = (t: string): boolean => grammar.planTitle.test(t);
  const notice = cands.find((c) => grammar.noticeEnd.test(c.text));
  if (notice) {
    const plan = noticedPlan(notice.text, grammar);
    if (!plan) return { title: notice.text, noticeTitle: notice.text };
    const after = cands.filter((c) => c.last > notice.last);
    const exact = after.find((c) => key(c.text) === key(plan));
    const similar = after.find((c) => isTitleLike(c.text) && (key(c.text).startsWith(key(plan)) || key(plan).startsWith(key(c.text))));
    const any = after.find((c) => isTitleLike(c.text));
    return { title: (exact ?? similar ?? any)?.text ?? plan, noticeTitle: notice.text };
  }
  const plan = cands.find((c) => isTitleLike(c.text));
  if (plan) return { title: plan.text, noticeTitle: null };
  // A short first line that is not a header, a 文号, a date or a signature.
  const plain = cands.find((c) => c.text.length <= 50 && !notTitle(c.text, grammar));
  if (plain) return { title: plain.text, noticeTitle: null };
  // The page's <title>: `2023年宝山区卫生健康工作要点_规划计划_上海市宝山区人民政府门户网站`.
  for (const block of head.slice(0, 3)) {
    if (!block.furniture) continue;
    const first = block.text.split(/[-_|｜]/u)[0] ?? '';
    if (isTitleLike(first)) return { title: first, noticeTitle: null };
  }
  return { title: null, noticeTitle: null };
}
