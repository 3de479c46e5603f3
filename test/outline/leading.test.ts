// The outline reuses the block layer's leading-marker match of a leaf, only for the very text and
// grammar it was made for.
import { describe, expect, it } from 'vitest';
import { leadingMatch, matchLeadingCandidate, matchLeadingMarker } from '../../src/outline/marker.js';
import { grammars } from '../grammar-helpers.js';

describe('outline: a leading marker matched once', () => {
  const g = grammars().outline;

  it('should support the block layer’s match of the same text and grammar', () => {
    const text = '（二）加强组织领导';
    const known = { text, grammar: g, match: leadingMatch(text, g) };
    expect(matchLeadingCandidate(text, g, known)?.match).toBe(known.match);
    expect(matchLeadingCandidate(text, g, known)).toEqual(matchLeadingCandidate(text, g));
  });

  it('should not support a match made for another text or grammar', () => {
    const other = { text: '1. 别的段落', grammar: g, match: leadingMatch('1. 别的段落', g) };
    expect(matchLeadingCandidate('（二）加强组织领导', g, other)?.match.marker).toBe('（二）');
    const copy = { ...g };
    const stale = { text: '（二）加强组织领导', grammar: copy, match: undefined };
    expect(matchLeadingCandidate('（二）加强组织领导', g, stale)?.match.marker).toBe('（二）');
  });

  it('should not support a marker with no text after it as a block marker, but as a bare candidate', () => {
    const text = '第二十八条';
    expect(matchLeadingMarker(text, g)).toBeUndefined();
    expect(matchLeadingCandidate(text, g)?.evidence).toBe('bare');
  });
});
