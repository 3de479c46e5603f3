import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/text/sorted.js';

const firstAtOrAfter = (list: number[], from: number) => partitionPoint(list.length, (i) => (list[i] as number) < from);

describe('text: binary search in a list in order of position', () => {
  it('should support the first element at or after a place, equal starts included', () => {
    expect(firstAtOrAfter([2, 5, 5, 9], 5)).toBe(1);
    expect(firstAtOrAfter([2, 5, 5, 9], 6)).toBe(3);
    expect(firstAtOrAfter([2, 5, 5, 9], 0)).toBe(0);
  });

  it('should support a list with none at or after the place, and an empty list', () => {
    expect(firstAtOrAfter([2, 5, 9], 10)).toBe(3);
    expect(firstAtOrAfter([], 1)).toBe(0);
  });

  it('should support every prefix of a longer list', () => {
    const list = Array.from({ length: 100 }, (_, i) => 3 * i);
    for (let from = -1; from <= 300; from++) expect(firstAtOrAfter(list, from)).toBe(list.findIndex((x) => x >= from) === -1 ? 100 : list.findIndex((x) => x >= from));
  });
});
