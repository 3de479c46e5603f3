// Numbering analysis shared by the numbering/* rules: one pass over the outline, remembered per
// tree, that finds gaps, duplicates and items out of order among the sections of one parent.
//
// Two styles are normal and never reported: numbering that restarts at 1 under each parent, and
// numbering that continues through the whole document (items 1..19 running through sections
// 一、…五、, so 2. is the first item under 二、).
import type { PlanChild, Section } from '../schema.js';

export interface NumberingIssue {
  kind: 'gap' | 'duplicate' | 'out-of-order';
  section: Section;
  /** The section before it in the same run (for a gap: the one before the hole). */
  previous: Section | undefined;
  /** For a gap: the missing ordinals. */
  missing: number[];
}

interface Run {
  first: number;
  max: number;
  prev: Section;
  seen: Set<number>;
  jumps: Array<{ section: Section; previous: Section; from: number; to: number }>;
}

function closeRun(run: Run, issues: NumberingIssue[]): void {
  for (const jump of run.jumps) {
    const missing: number[] = [];
    for (let n = jump.from; n <= jump.to; n++) if (!run.seen.has(n)) missing.push(n);
    if (missing.length > 0) issues.push({ kind: 'gap', section: jump.section, previous: jump.previous, missing });
  }
}

export function numberingIssues(root: readonly PlanChild[]): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  /** Last ordinal of each scheme anywhere before, in document order (for continuing numbering). */
  const lastGlobal = new Map<string, { ordinal: number; section: Section }>();

  const visit = (container: readonly PlanChild[]): void => {
    // Made at the container's first section: most containers (a paragraph's section) hold none.
    let runs: Map<string, Run> | undefined;
    for (const node of container) {
      if (node.type !== 'section') continue;
      runs ??= new Map<string, Run>();
      const c = node.ordinal;
      const run = runs.get(node.scheme);
      if (!run || c === 1) {
        if (run) closeRun(run, issues);
        const before = lastGlobal.get(node.scheme);
        // The first item under this parent: fine when it starts a list or continues the
        // document's running numbering; a jump past the running number is a gap.
        if (!run && !node.inline && c > 1) {
          const from = before ? before.ordinal + 1 : 1;
          if (c > from && (!before || before.ordinal < c)) {
            const missing = Array.from({ length: c - from }, (_, k) => from + k);
            issues.push({ kind: 'gap', section: node, previous: before?.section, missing });
          }
        }
        runs.set(node.scheme, { first: c, max: c, prev: node, seen: new Set([c]), jumps: [] });
      } else if (run.seen.has(c)) {
        issues.push({ kind: 'duplicate', section: node, previous: run.prev, missing: [] });
        run.prev = node;
      } else {
        if (c > run.max + 1) run.jumps.push({ section: node, previous: run.prev, from: run.max + 1, to: c - 1 });
        else if (c < run.max && c > run.first) issues.push({ kind: 'out-of-order', section: node, previous: run.prev, missing: [] });
        else if (c < run.first) issues.push({ kind: 'out-of-order', section: node, previous: run.prev, missing: [] });
        run.seen.add(c);
        run.max = Math.max(run.max, c);
        run.prev = node;
      }
      lastGlobal.set(node.scheme, { ordinal: c, section: node });
      visit(node.children);
    }
    if (runs) for (const run of runs.values()) closeRun(run, issues);
  };
  visit(root);
  issues.sort((a, b) => a.section.position.start.offset - b.section.position.start.offset);
  return issues;
}
