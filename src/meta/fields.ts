// Labelled fields of a web page's metadata panel or header line (`发布时间: 2023-03-24`, gov.cn's
// `发文机关：国务院办公厅	成文日期：2015年04月24日`): where a page shows them, the most reliable
// source of a document's organ, dates, 文号 and title.
import type { LabelKind, MetaGrammar } from '../grammar/meta.js';
import { headBlocks, type MetaBlock, type MetaDoc } from './doc.js';

export interface LabelledField {
  kind: LabelKind;
  label: string;
  /** The first word after the label (`日期:2024-04-30 09:09` → 2024-04-30). */
  value: string;
  /** Everything after the label up to the next label on the line (`中共中央 国务院`). */
  text: string;
  block: MetaBlock;
}

/** A panel that puts each value on the line under its label (`发布日期:` / `2017年01月09日`). */
const EMPTY_VALUE = /[:：]\s*$/u;

/** Label/value pairs of the page's metadata panel and header lines (furniture, and short lines
 *  of the head). */
export function labelledFields(doc: MetaDoc, grammar: MetaGrammar): LabelledField[] {
  const head = new Set(headBlocks(doc));
  const out: LabelledField[] = [];
  const startsWithLabel = (raw: string): boolean => new RegExp(grammar.labels.pattern.source, 'uy').test(raw.normalize('NFKC'));
  doc.blocks.forEach((block, i) => {
    if (!block.furniture && !(head.has(block) && block.text.length <= 60)) return;
    const raw = block.raw.normalize('NFKC');
    // The label pattern is tried at every position; most lines hold no label's first character.
    const matches = grammar.labels.firstChar.test(raw) ? [...raw.matchAll(grammar.labels.pattern)] : [];
    matches.forEach((m, k) => {
      const label = (m.groups?.label as string).replace(/\s/gu, '');
      let value = m.groups?.value ?? '';
      let text = raw.slice(m.index + m[0].length - value.length, matches[k + 1]?.index ?? raw.length).trim();
      const next = doc.blocks[i + 1];
      if (value === '' && m.index + m[0].length === raw.length && EMPTY_VALUE.test(m[0]) && next && !startsWithLabel(next.raw)) {
        text = next.raw.normalize('NFKC').trim();
        value = text.split(/\s+/u)[0] ?? '';
      }
      // `日期:2024-04-30 09:09` keeps only the date; `机构名称: 区卫生健康委` the name.
      if (value === '' || /^[:：]/u.test(value)) return;
      value = value.replace(/[,，;；|｜]+$/u, '');
      out.push({ kind: grammar.labels.kindOf(label), label, value, text, block });
    });
  });
  return out;
}
