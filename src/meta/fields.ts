// Labelled fields of a web page's metadata panel or header line (`发布时间: 2023-03-24`, gov.cn's
// `发文机关：国务院办公厅	成文日期：2015年04月24日`): where a page shows them, the most reliable
// source of a document's organ, dates, 文号 and title.
import type { LabelKind, LabelSet, MetaGrammar } from '../grammar/meta.js';
import { leavesOpen } from '../text/brackets.js';
import { headBlocks, type MetaBlock, type MetaDoc } from './doc.js';

export interface LabelledField {
  kind: LabelKind;
  label: string;
  /** The first word after the label (`日期:2024-04-30 09:09` → 2024-04-30). */
  value: string;
  /** Everything after the label up to the next label on the line (`中共中央 国务院`). */
  text: string;
  block: MetaBlock;
  /** The line a wrapped value goes on over (a title the panel's cell broke: see wrappedTitle). */
  more?: MetaBlock;
}

/**
 * The line under a 标题 field that its value goes on over: a page printed to PDF wraps a long title in its
 * panel cell (`标　　题：某市人民政府办公室关于印发某市…队伍` / `建设管理办法的通知`). Only where the value is
 * left open (关于印发 with no 的通知 yet, a 《 not closed) and the line below closes it as a title ends.
 */
function wrappedTitle(text: string, next: MetaBlock | undefined, grammar: MetaGrammar): MetaBlock | undefined {
  if (!next || text.length >= grammar.maxTitle) return undefined;
  const open = (grammar.noticeOpen.test(text) && !grammar.noticeEnd.test(text)) || leavesOpen(text);
  if (!open) return undefined;
  const joined = text + next.text;
  return joined.length <= grammar.maxTitle && (grammar.noticeEnd.test(joined) || grammar.planTitle.test(joined)) ? next : undefined;
}

/** The label pattern as the search uses it: tried only where a label's first character stands. */
interface LabelSearch {
  /** The whole pattern, sticky: a label at the start of a line. */
  sticky: RegExp;
  /** By the first code unit of a label's first character: the patterns of the labels that start there. */
  byFirstUnit: Map<number, RegExp[]>;
  /** The keys of byFirstUnit as a table: most characters start no label, and a lookup here costs less than a Map probe. */
  firstUnits: Uint8Array;
}

const searches = new WeakMap<LabelSet, LabelSearch>();

function labelSearch(labels: LabelSet): LabelSearch {
  let search = searches.get(labels);
  if (!search) {
    const byFirstUnit = new Map<number, RegExp[]>();
    for (const [first, re] of labels.byFirstChar) byFirstUnit.set(first.charCodeAt(0), [...(byFirstUnit.get(first.charCodeAt(0)) ?? []), re]);
    const firstUnits = new Uint8Array(0x10000);
    for (const unit of byFirstUnit.keys()) firstUnits[unit] = 1;
    search = { sticky: new RegExp(labels.pattern.source, 'uy'), byFirstUnit, firstUnits };
    searches.set(labels, search);
  }
  return search;
}

/**
 * The matches of the label pattern in `raw`, left to right (as raw.matchAll(pattern) finds them).
 * Every label starts with one of its first characters, so only the labels that start with the
 * character there are tried, and only there: tried at every position, the pattern's long
 * alternation cost more than the rest of the meta stage.
 */
function labelMatches(raw: string, search: LabelSearch): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const firstUnits = search.firstUnits;
  for (let i = 0; i < raw.length; i++) {
    if (firstUnits[raw.charCodeAt(i)] !== 1) continue;
    const patterns = search.byFirstUnit.get(raw.charCodeAt(i));
    if (patterns === undefined) continue;
    for (const re of patterns) {
      re.lastIndex = i;
      const m = re.exec(raw);
      if (!m) continue;
      matches.push(m);
      // A label never matches empty; the search goes on from the match's end.
      i = m.index + m[0].length - 1;
      break;
    }
  }
  return matches;
}

/** A panel that puts each value on the line under its label (`发布日期:` / `2017年01月09日`). */
const EMPTY_VALUE = /[:：]\s*$/u;

/** Label/value pairs of the page's metadata panel and header lines (furniture, and short lines
 *  of the head). */
export function labelledFields(doc: MetaDoc, grammar: MetaGrammar): LabelledField[] {
  const head = new Set(headBlocks(doc));
  const out: LabelledField[] = [];
  const search = labelSearch(grammar.labels);
  const startsWithLabel = (raw: string): boolean => {
    search.sticky.lastIndex = 0;
    return search.sticky.test(raw.normalize('NFKC'));
  };
  doc.blocks.forEach((block, i) => {
    if (!block.furniture && !(head.has(block) && block.text.length <= 60)) return;
    const raw = block.raw.normalize('NFKC');
    const matches = labelMatches(raw, search);
    matches.forEach((m, k) => {
      const label = (m.groups?.label as string).replace(/\s/gu, '');
      let value = m.groups?.value ?? '';
      let text = raw.slice(m.index + m[0].length - value.length, matches[k + 1]?.index ?? raw.length).trim();
      const next = doc.blocks[i + 1];
      // (also a label alone on its line, with no colon: a panel table copied one cell a line)
      if (value === '' && m.index + m[0].length === raw.length && (EMPTY_VALUE.test(m[0]) || m.index === 0) && next && !startsWithLabel(next.raw)) {
        text = next.raw.normalize('NFKC').trim();
        value = text.split(/\s+/u)[0] ?? '';
      }
      // `日期:2024-04-30 09:09` keeps only the date; `机构名称: 区卫生健康委` the name.
      if (value === '' || /^[:：]/u.test(value)) return;
      value = value.replace(/[,，;；|｜]+$/u, '');
      const kind = grammar.labels.kindOf(label);
      const more = kind === 'title' && k === matches.length - 1 && !startsWithLabel(next?.raw ?? '') ? wrappedTitle(text, next, grammar) : undefined;
      if (more) out.push({ kind, label, value, text: text + more.text, block, more });
      else out.push({ kind, label, value, text, block });
    });
  });
  return out;
}
