// 专栏 insets: a box printed inside the body (专栏N + title, then its content: projects, targets,
// a case). Its content is not outline. It ends where the document's own numbering resumes: a
// marker that continues a numbering open in the body before the box (the next ordinal of an open
// scheme), or that opens the first child of the body's innermost section in the scheme the body
// used for such children before — unless that marker stands right under the box's title: a box is
// never empty, so a 1. there opens the box's own list; or at the next 专栏, or the next document.
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { MarkerMatch } from '../outline/marker.js';
import type { BlockLeaf, Claims } from './leaf.js';
import type { BlockKind } from './types.js';

/** Classes that stand after a body, never inside a box (a table or a note may). */
const ENDS_INSET = new Set<BlockKind | undefined>(['title', 'attachment-list', 'glossary', 'form', 'toc', 'signature']);

interface Open {
  scheme: string;
  rank: number;
  ordinal: number;
}

/** The body's open numbering, kept as the outline keeps it (same scheme = sibling; else by rank). */
class BodyNumbering {
  readonly stack: Open[] = [];
  /** The scheme first seen right under a section of a scheme. */
  readonly childScheme = new Map<string, string>();

  add(m: MarkerMatch): void {
    const same = this.stack.findIndex((o) => o.scheme === m.scheme.id);
    if (same >= 0) this.stack.length = same;
    else while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank > m.scheme.rank) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    if (parent && !this.childScheme.has(parent.scheme)) this.childScheme.set(parent.scheme, m.scheme.id);
    this.stack.push({ scheme: m.scheme.id, rank: m.scheme.rank, ordinal: m.ordinal });
  }

  /**
   * Whether `m` resumes the body; `inset` holds the last ordinal per scheme inside the box, and
   * `first` says `m` stands right under the box's title.
   */
  resumes(m: MarkerMatch, inset: ReadonlyMap<string, number>, first: boolean): boolean {
    // The box's own list goes on: 2. after the box's 1. is the box's.
    if (inset.get(m.scheme.id) === m.ordinal - 1) return false;
    const open = this.stack.find((o) => o.scheme === m.scheme.id);
    if (open) return m.ordinal > open.ordinal;
    const top = this.stack[this.stack.length - 1];
    return !first && m.ordinal === 1 && top !== undefined && this.childScheme.get(top.scheme) === m.scheme.id;
  }
}

export function findInsets(claims: Claims, grammar: BlocksGrammar): void {
  const leaves = claims.leaves;
  const body = new BodyNumbering();
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as BlockLeaf;
    if (claims.starts.has(i)) body.stack.length = 0;
    if (leaf.furniture || !claims.free(i)) continue;
    if (leaf.marker) {
      body.add(leaf.marker);
      continue;
    }
    if (!grammar.insetHeading.test(leaf.text)) continue;
    const inset = new Map<string, number>();
    let end = i + 1;
    for (; end < leaves.length; end++) {
      const next = leaves[end] as BlockLeaf;
      if (claims.starts.has(end) || ENDS_INSET.has(claims.kinds[end])) break;
      if (!next.marker) {
        if (grammar.insetHeading.test(next.text)) break;
        continue;
      }
      if (body.stack.length === 0 || body.resumes(next.marker, inset, end === i + 1)) break;
      inset.set(next.marker.scheme.id, next.marker.ordinal);
    }
    claims.claim(i, end, 'inset');
    i = end - 1;
  }
}
