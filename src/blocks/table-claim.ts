// Tables come from the table detector (./table.ts); here the leaves that start inside one are
// classed 'table', so their row numbers and cells are never outline.
import type { BlockLeaf, Claims } from './leaf.js';
import type { TableBlock } from './types.js';

export function claimTables(claims: Claims, tables: readonly TableBlock[]): void {
  const leaves = claims.leaves;
  let t = 0;
  leaves.forEach((leaf: BlockLeaf, i) => {
    while (t < tables.length && (tables[t] as TableBlock).end <= leaf.start) t++;
    const table = tables[t];
    if (table && table.start <= leaf.start) claims.claim(i, i + 1, 'table');
  });
}
