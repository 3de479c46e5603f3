// The years a plan covers and whether it is an annual plan, as the date and indicator stages
// need them. The meta stage sets tree.meta.planYears and tree.meta.kind; until it has (or where it
// found nothing), this falls back to the first year or period named in a title-like line near the
// top of the document. The fallback lives here and only here.
import type { PeriodGrammar } from '../grammar/periods.js';
import type { PlanChild } from '../schema.js';
import type { TextView } from '../text/view.js';
import type { PlanTree } from '../tree.js';
import { scanDates } from './scan.js';

export interface PlanContext {
  /** First and last year the plan covers; null when unknown. */
  years: [number, number] | null;
  /** True for an annual plan (工作要点, 工作计划, 重点工作): its year is the default target year. */
  annual: boolean;
}

const ANNUAL = /工作要点|工作计划|重点工作|年度计划|年度工作/u;
const TITLE = /规划|计划|要点|重点工作|方案|纲要|意见|细则|办法/u;
/** How many leaves from the top may hold the title. */
const TITLE_LEAVES = 30;
const TITLE_MAX = 80;

function firstLeaves(children: PlanChild[], out: Array<{ start: number; end: number }>): void {
  for (const child of children) {
    if (out.length >= TITLE_LEAVES) return;
    if (child.type === 'section') firstLeaves(child.children, out);
    else out.push({ start: child.position.start.offset, end: child.position.end.offset });
  }
}

export function planContext(tree: PlanTree, view: TextView, grammar: PeriodGrammar): PlanContext {
  const kind = tree.meta.kind;
  let years = tree.meta.planYears;
  let titleAnnual = false;
  if (!years || !kind) {
    const leaves: Array<{ start: number; end: number }> = [];
    firstLeaves(tree.children, leaves);
    for (const leaf of leaves) {
      const line = view.clean(leaf.start, leaf.end).text;
      if (line.length > TITLE_MAX || !TITLE.test(line)) continue;
      const hit = scanDates(line, grammar).find((h) => h.kind !== 'relative' && h.kind !== 'date' && h.year !== null);
      if (!hit) continue;
      years ??= [hit.from ?? (hit.year as number), hit.year as number];
      titleAnnual = ANNUAL.test(line);
      break;
    }
  }
  const annual = kind ? ANNUAL.test(kind) || /年度/u.test(kind) : titleAnnual || (years !== null && years[0] === years[1]);
  return { years: years ?? null, annual };
}
