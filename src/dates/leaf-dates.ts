// The date stage's hits per leaf, handed to the indicator stage so that it does not scan the same
// texts again. Most leaves hold no date: each takes three numbers here rather than a map entry
// and two objects, which lived from the date stage to the end of the indicator stage.
import type { PeriodGrammar } from '../grammar/periods.js';
import type { DateHit } from './scan.js';
import { partitionPoint } from '../text/sorted.js';

/** The hits of a leaf that has none (never changed). */
const NO_HITS: DateHit[] = [];

/**
 * Date hits of the leaves the date stage read, valid for one period grammar and plan year
 * (scanDates' inputs) and for the plain cleaning of each leaf's range (TextView.clean without markup).
 */
export class LeafDates {
  /** Start, end and index in `lists` (-1 when it has no hit) of each leaf read, by turns. */
  private readonly leaves: number[] = [];
  private readonly lists: DateHit[][] = [];

  constructor(
    readonly grammar: PeriodGrammar,
    readonly planYear: number | null,
  ) {}

  /** Records the hits of the leaf source[start, end); leaves are added in document order. */
  add(start: number, end: number, hits: DateHit[]): void {
    this.leaves.push(start, end, hits.length === 0 ? -1 : this.lists.push(hits) - 1);
  }

  /** The hits of source[start, end) when it is a leaf that was read; undefined when it is not. */
  get(start: number, end: number): DateHit[] | undefined {
    const { leaves } = this;
    // The first leaf starting at or after `start` (an empty leaf may share its start with the next).
    const first = partitionPoint(leaves.length / 3, (i) => (leaves[3 * i] as number) < start);
    for (let k = 3 * first; k < leaves.length && leaves[k] === start; k += 3) {
      if (leaves[k + 1] !== end) continue;
      const list = leaves[k + 2] as number;
      return list < 0 ? NO_HITS : this.lists[list];
    }
    return undefined;
  }
}
