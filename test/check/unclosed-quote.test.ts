// unclosedQuotes (outline/unclosed-quote): which quotation marks of a paragraph are never closed.
import { describe, expect, it } from 'vitest';
import { unclosedQuotes } from '../../src/check/rules/outline-unclosed-quote.js';

describe('unclosedQuotes', () => {
  it('should support quotes and title marks that are closed, nested or not', () => {
    expect(unclosedQuotes('实施“健康中国”行动和《规划》')).toEqual([]);
    expect(unclosedQuotes('《关于“十四五”规划的通知》')).toEqual([]);
    expect(unclosedQuotes('"1+1+1"签约')).toEqual([]);
  });

  it('should support finding the openers left open, in text order', () => {
    expect(unclosedQuotes('建设“1+1+1电子签约系统')).toEqual([2]);
    // The closer closes the nearest opener of its kind; the one inside it stays open.
    expect(unclosedQuotes('《方案“试行》')).toEqual([3]);
    expect(unclosedQuotes('“甲‘乙”丙"丁')).toEqual([2, 6]);
  });

  it('should support closers of one kind after many openers of others, each closing the nearest of its kind', () => {
    const n = 2000;
    const value = '《'.repeat(n) + '“'.repeat(n) + '”'.repeat(n - 1) + '》';
    expect(unclosedQuotes(value)).toEqual([...Array.from({ length: n - 1 }, (_, i) => i), n]);
  });

  it('should not support a closer with no opener as an open quote', () => {
    expect(unclosedQuotes('乙”丙》')).toEqual([]);
  });
});
