// Binary search in lists kept in order of position (quantities, date hits, markers, leaf ranges): one search, each caller saying
// what "before" means for its list.

/**
 * The first index in [0, length) at which `before` is false, for a `before` that holds on a prefix of the indices and not after it
 * (a list in order of position searched for its first element at or after a place); `length` when it holds throughout.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
