// The proposals a party committee's plenum adopts for the next five-year plan (中共某市委关于制定…第十五个五年规划的建议): a genre of
// its own, 建议, that precedes the 规划纲要. Titles written for the test.
import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/meta/kind.js';
import { titleYears } from '../../src/meta/years.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta: kind 建议 of a plenum\'s proposals for a five-year plan', () => {
  it('should support the proposals for a five-year plan, also with the 2035 outlook in the title', () => {
    expect(findKind('中共某州委关于制定某州国民经济和社会发展第十五个五年规划的建议', grammar)).toBe('建议');
    expect(findKind('中共某县委关于制定某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议', grammar)).toBe('建议');
    expect(titleYears('中共某州委关于制定某州国民经济和社会发展第十五个五年规划的建议', grammar)).toEqual([2026, 2030]);
  });
  it('should not support other titles that end in 建议', () => {
    expect(findKind('关于加快发展县域商业的建议', grammar)).not.toBe('建议');
    expect(findKind('某县国民经济和社会发展第十五个五年规划纲要', grammar)).toBe('五年规划');
  });
});
