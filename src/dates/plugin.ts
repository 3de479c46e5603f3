// unified transformer: the date stage. Every date mention of the document goes into plan.dates,
// with the exact source text and its position; a year range whose dash was lost is reported.
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { PeriodGrammar } from '../grammar/periods.js';
import type { DateMention, PlanChild } from '../schema.js';
import { sourceOffset } from '../text/clean.js';
import type { TextView } from '../text/view.js';
import { fileView, type PlanFileData, type PlanTree } from '../tree.js';
import { LeafDates } from './leaf-dates.js';
import { planContext } from './plan-years.js';
import { scanDates } from './scan.js';
import { defaultGrammars } from '../grammar/grammars.js';

function eachLeaf(children: PlanChild[], visit: (start: number, end: number, paragraph: boolean) => void): void {
  for (const child of children) {
    if (child.type === 'section') eachLeaf(child.children, visit);
    else visit(child.position.start.offset, child.position.end.offset, child.type === 'paragraph');
  }
}

/** The date stage's grammar: the periods' words. */
export interface DateGrammars {
  periods: PeriodGrammar;
}

/** `known`, when given, receives each paragraph's hits for the indicator stage (which reads paragraphs only). */
export function findDates(tree: PlanTree, view: TextView, grammars: DateGrammars, file?: VFile, known?: LeafDates): DateMention[] {
  const grammar = grammars.periods;
  const { years, annual } = planContext(tree);
  const planYear = annual && years ? years[0] : null;
  const dates: DateMention[] = [];
  const options = { planYear };
  eachLeaf(tree.children, (leafStart, leafEnd, paragraph) => {
    const clean = view.clean(leafStart, leafEnd);
    const hits = scanDates(clean.text, grammar, options);
    if (paragraph && known && known.grammar === grammar && known.planYear === planYear && !view.markdown) known.add(leafStart, leafEnd, hits);
    for (const hit of hits) {
      const start = sourceOffset(clean, hit.start, leafEnd);
      const end = sourceOffset(clean, hit.end - 1, leafEnd) + 1;
      dates.push({ kind: hit.kind, text: view.original.slice(start, end), value: hit.value, position: view.locator.position(start, end) });
      if (hit.lostSeparator && file) {
        const [a, b] = hit.value as [string, string];
        report(file, view.locator, 'date/lost-separator', 'warning', `year range ${view.original.slice(start, end)} has lost its separator; read as ${a}–${b}`, start, end);
      }
    }
  });
  return dates;
}

export interface DateOptions {
  /** The period grammar; the shipped one when not given. */
  grammars?: DateGrammars;
}

/** The date stage as a unified plugin: deadlines, periods and dates in the text. */
export function planDates(options: DateOptions = {}) {
  const grammars = options.grammars ?? defaultGrammars();
  return (tree: PlanTree, file: VFile): void => {
    const view = fileView(file);
    const { years, annual } = planContext(tree);
    const known = new LeafDates(grammars.periods, annual && years ? years[0] : null);
    tree.dates = findDates(tree, view, grammars, file, known);
    (file.data as PlanFileData).leafDates = known;
  };
}
