// The date stage's hits per leaf as the indicator stage looks them up.
import { describe, expect, it } from 'vitest';
import { LeafDates } from '../../src/dates/leaf-dates.js';
import { scanDates } from '../../src/dates/scan.js';
import { grammars } from '../grammar-helpers.js';

describe('LeafDates', () => {
  const pg = grammars().periods;
  const leaves: Array<[number, number, string]> = [
    [0, 0, ''],
    [0, 12, '到2025年，婴儿死亡率下降'],
    [12, 20, '加强监测'],
    [20, 40, '2024年底前完成“十四五”规划'],
  ];
  const known = new LeafDates(pg, null);
  for (const [start, end, text] of leaves) known.add(start, end, scanDates(text, pg, { planYear: null }));

  it('should support the hits of each leaf read, none for a leaf without a date', () => {
    for (const [start, end, text] of leaves) expect(known.get(start, end)).toEqual(scanDates(text, pg, { planYear: null }));
    expect(known.get(0, 12)?.length).toBeGreaterThan(0);
    expect(known.get(12, 20)).toEqual([]);
    expect(known.get(0, 0)).toEqual([]);
  });

  it('should not support a range that is not a leaf read (part of one, or across two)', () => {
    expect(known.get(0, 11)).toBeUndefined();
    expect(known.get(12, 40)).toBeUndefined();
    expect(known.get(5, 12)).toBeUndefined();
    expect(known.get(40, 41)).toBeUndefined();
  });
});
