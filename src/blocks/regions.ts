// Turns per-leaf classes into the layout's regions: runs of leaves of one non-body class.
import type { BlockLeaf, Claims } from './leaf.js';
import type { BlockRegion } from './types.js';

export function regionsOf(claims: Claims): BlockRegion[] {
  const regions: BlockRegion[] = [];
  claims.kinds.forEach((kind, i) => {
    if (kind === undefined) return;
    const leaf = claims.leaves[i] as BlockLeaf;
    const last = regions[regions.length - 1];
    // A new document starts a new region even when the class goes on (two attachment titles).
    if (last && last.kind === kind && last.end === leaf.start && !claims.starts.has(i)) last.end = leaf.end;
    else regions.push({ start: leaf.start, end: leaf.end, kind });
  });
  return regions;
}
