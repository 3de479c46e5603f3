// A table of contents (目录): after its heading, the headings of the document are listed (with or
// without page numbers) until the body begins, which repeats the first listed heading, or until a
// line that is not a heading (it has sentence punctuation).
import type { BlocksGrammar } from '../grammar/blocks.js';
import type { OutlineGrammar } from '../grammar/outline.js';
import type { BlockLeaf, Claims } from './leaf.js';

/** Dot leaders and a page number at the end of an entry. */
const PAGE = /[\s\u3000.．·…—-]*[0-9０-９]*$/u;
const MAX_ENTRY = 80;
const SPACE = /[\s\u3000]+/gu;

/** A page number set off from an entry's heading by white space or dot leaders (group 1). */
const SET_OFF_PAGE = /(?:[\s\u3000]+|[.．·…]{2,}[\s\u3000]*)([0-9０-９]{1,3})$/u;
/** The fewest entries a table of contents without its heading is believed on. */
const MIN_UNLABELLED = 3;

// (read on the raw text: cleaning removes the space between a heading's last character and a digit)
const pageOf = (leaf: BlockLeaf): number | undefined => {
  const m = SET_OFF_PAGE.exec(leaf.raw);
  return m ? Number((m[1] as string).normalize('NFKC')) : undefined;
};

/**
 * A table of contents whose 目录 heading was not copied (a cover page's graphic, a PDF's first page
 * left out): a run of numbered headings, each with its page number set off at the end and the
 * numbers never falling, whose first heading the body then repeats without the page number.
 */
function findUnlabelledContents(claims: Claims): void {
  const leaves = claims.leaves;
  const bare = (leaf: BlockLeaf): string => leaf.raw.replace(SET_OFF_PAGE, '').replace(SPACE, '');
  // Where each text stands last (worked out once, when a run is first found): a lookup, not a scan per run.
  let lastAt: Map<string, number> | undefined;
  const repeatedAfter = (heading: string, end: number): boolean => {
    lastAt ??= new Map(leaves.map((leaf, k) => [leaf.furniture ? '' : leaf.raw.replace(SPACE, ''), k]));
    return (lastAt.get(heading) ?? -1) >= end;
  };
  for (let i = 0; i < leaves.length; i++) {
    const first = leaves[i] as BlockLeaf;
    if (!claims.free(i) || !first.marker || first.raw.length > MAX_ENTRY || pageOf(first) === undefined) continue;
    let end = i;
    let last = 0;
    for (let k = i; k < leaves.length; k++) {
      const leaf = leaves[k] as BlockLeaf;
      const page = claims.free(k) && leaf.marker && leaf.raw.length <= MAX_ENTRY ? pageOf(leaf) : undefined;
      if (page === undefined || page < last) break;
      last = page;
      end = k + 1;
    }
    const heading = bare(first);
    if (end - i >= MIN_UNLABELLED && repeatedAfter(heading, end)) claims.claim(i, end, 'toc');
    i = Math.max(i, end - 1);
  }
}

export function findTablesOfContents(claims: Claims, grammar: BlocksGrammar, outline: OutlineGrammar): void {
  findLabelledContents(claims, grammar, outline);
  findUnlabelledContents(claims);
}

function findLabelledContents(claims: Claims, grammar: BlocksGrammar, outline: OutlineGrammar): void {
  const leaves = claims.leaves;
  for (let i = 0; i < leaves.length; i++) {
    if (!claims.free(i) || !grammar.tocHeading.test((leaves[i] as BlockLeaf).text)) continue;
    const listed = new Set<string>();
    // The top level's entries are known by their number (the body may word a heading a little
    // differently); lower levels restart their numbers under each entry, so they are known by text.
    let top: string | undefined;
    let end = i + 1;
    for (let k = i + 1; k < leaves.length; k++) {
      const leaf = leaves[k] as BlockLeaf;
      if (leaf.furniture) continue;
      // A long leaf is no entry (and is not scanned for page numbers: the scan would be quadratic).
      if (leaf.text.length > MAX_ENTRY * 2) break;
      const entry = leaf.text.replace(PAGE, '');
      top ??= leaf.marker?.scheme.id;
      const key = leaf.marker && leaf.marker.scheme.id === top ? `${top}|${leaf.marker.ordinal}` : entry.replace(SPACE, '');
      const heading = entry.length > 0 && entry.length <= MAX_ENTRY && [...entry].every((ch) => !outline.titleStops.has(ch));
      if (!heading || listed.has(key)) break;
      listed.add(key);
      end = k + 1;
    }
    claims.claim(i, end, 'toc');
    i = end - 1;
  }
}
