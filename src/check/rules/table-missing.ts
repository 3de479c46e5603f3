import type { TableBlock } from '../../blocks/types.js';
import type { PlanFileData } from '../../tree.js';
import type { Rule } from '../types.js';

/** "表1 …", "附表2：…" */
const NUMBERED_CAPTION = /^附?表\s*[0-9０-９一二三四五六七八九十]{1,3}(?:[-—.．:：、\s]|$)[^。；;！？!?]{0,40}$/u;
/** "“十四五”时期主要发展指标", "2024年重点项目一览表" */
const NAMED_CAPTION = /^[^。；;，,！？!?：:]{2,40}(?:指标|指标表|指标体系|一览表|统计表|情况表|汇总表|目标表|分解表)(?:[(（][^)）]{0,20}[)）])?$/u;
/** A line with cells: tabs, runs of spaces between words, or bars. */
const CELLS = /\t|\S[ \u3000]{2,}\S|[|｜]/u;
const SHORT_CELL = /^[^。；;！？!?]{1,20}$/u;

/** Whether a table of the block layer's starts in source[from, to): under the caption, by the end of the leaf after it. */
function tableAt(tables: readonly TableBlock[], from: number, to: number): boolean {
  return tables.some((t) => t.start >= from && t.start < to);
}

export const tableMissing: Rule = {
  id: 'table/missing',
  severity: 'warning',
  description:
    'A table caption ("“十四五”时期主要发展指标", "表1 …") is followed by prose instead of a table: the table was an image or was dropped ' +
    'when the page was copied, so its indicators are missing from the document.',
  bad: '“十四五”时期主要发展指标\n\n展望2035年，健康辽源基本建成。',
  good: '“十四五”时期主要发展指标\n指标\t2020年\t2025年\n人均预期寿命（岁）\t78\t79\n\n展望2035年，健康辽源基本建成。',
  check(context) {
    const all = context.walks.leaves;
    // The tables the block layer found (rows parted by commas or single spaces, one cell a line …): a caption over one is no loss.
    // Nor is the head of a 专栏 inset (专栏2 基层服务能力提升重点指标) that lists its targets as items: the box is there, in prose.
    const layout = (context.file.data as PlanFileData).layout;
    const tables = layout?.tables ?? [];
    const insets = layout?.regions.filter((r) => r.kind === 'inset') ?? [];
    all.forEach(({ leaf, headingOf }, i) => {
      if (leaf.type !== 'paragraph' || headingOf) return;
      const caption = leaf.text.trim();
      if (!NUMBERED_CAPTION.test(caption) && !NAMED_CAPTION.test(caption)) return;
      const next = all[i + 1]?.leaf;
      if (next !== undefined && tableAt(tables, leaf.position.start.offset, next.position.end.offset)) return;
      const at = leaf.position.start.offset;
      if (insets.some((r) => r.start <= at && at < r.end)) return;
      // The caption's own block may already hold the table (caption line, then rows).
      const ownRows = leaf.value.split(/\r\n|\r|\n/u).slice(1).filter((l) => CELLS.test(l.trim()));
      if (ownRows.length >= 2) return;
      // Rows may be one block or, when each row is a short line, one leaf each.
      let rows = 0;
      for (const { leaf: next } of all.slice(i + 1, i + 6)) {
        const cells = next.value.split(/\r\n|\r|\n/u).filter((l) => CELLS.test(l.trim())).length;
        if (cells === 0) break;
        rows += cells;
      }
      if (rows >= 2) return;
      // One cell per line: a run of short lines.
      const lines = all.slice(i + 1, i + 4).map((v) => v.leaf);
      if (lines.length === 3 && lines.every((l) => SHORT_CELL.test(l.text.trim()))) return;
      const start = leaf.position.start.offset + (leaf.value.length - leaf.value.trimStart().length);
      context.report(`Table caption "${caption}" is not followed by a table (lost when the document was copied?)`, start, start + leaf.value.trim().length);
    });
  },
};
