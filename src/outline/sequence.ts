// Sequence evidence: whether a marker candidate becomes a section. A candidate is a section when
// it fits a consistent ordinal sequence inside its parent: a scheme starts at 1, or continues a
// run already open (1…N running through a whole document across sections). A clearly written
// marker that does not fit (a gap, a duplicate) still is a section when its scheme is open or
// numbering goes on after it (the check stage reports it); weaker candidates need the sequence.
import type { Candidate } from './candidates.js';

export interface SequenceContext {
  /** Ordinal of the open section of the candidate's scheme in the current chain of sections. */
  open: number | undefined;
  /** Last ordinal of the candidate's scheme accepted in the current document. */
  last: number | undefined;
  /** The next candidate of the same scheme. */
  nextSame: Candidate | undefined;
  /** The candidate of the same scheme after `nextSame`. */
  thenSame: Candidate | undefined;
  /** The previous candidate of the same scheme. */
  prevSame: Candidate | undefined;
  /** The next candidate of any scheme. */
  following: Candidate | undefined;
  /** For a scheme `within` another (1.1 within 1): the number of that scheme's open section in the current chain. */
  within?: string | undefined;
}

/** A decimal marker's number as one string (１．２ → 1.2, a trailing dot dropped). */
export function decimalNumber(marker: string): string {
  return marker.normalize('NFKC').replace(/[。]/gu, '.').replace(/\.$/u, '');
}

/** The number a decimal marker subdivides (2.1 → 2, 2.1.1 → 2.1). */
function decimalParent(marker: string): string {
  const n = decimalNumber(marker);
  return n.slice(0, Math.max(0, n.lastIndexOf('.')));
}

/** Whether `next` is the first sub-section of `c` (1 then 1.1): a scheme within c's whose number starts with c's. */
function opensSubsection(c: Candidate, next: Candidate | undefined): boolean {
  return next !== undefined && next.match.scheme.within === c.match.scheme.id && next.match.ordinal === 1 && decimalParent(next.match.marker) === decimalNumber(c.match.marker);
}

/** Whether `next` opens numbering of its own below `c` (a division holds numbered content). */
function opensBelow(c: Candidate, next: Candidate | undefined): boolean {
  return next !== undefined && next.match.scheme.rank > c.match.scheme.rank;
}

/** Whether `next` is the first item of numbering of its own below `c`. */
function opensFirstBelow(c: Candidate, next: Candidate | undefined): boolean {
  return opensBelow(c, next) && next?.match.ordinal === 1 && !next.match.scheme.pair;
}

/** The numbering goes on after a duplicate of ordinal `k` (一、…一、…二、). */
function leadsOnPastDuplicate(k: number, ctx: SequenceContext): boolean {
  return ctx.nextSame?.match.ordinal === k && ctx.thenSame?.match.ordinal === k + 1;
}

/** 一方面…另一方面: each is a division only when the other is there and each holds numbering. */
function acceptsPair(c: Candidate, ctx: SequenceContext): boolean {
  if (!opensBelow(c, ctx.following)) return false;
  if (c.match.ordinal === 1) return ctx.nextSame?.match.ordinal === 2 && ctx.following?.match.ordinal === 1;
  return ctx.last === c.match.ordinal - 1;
}

export function acceptsCandidate(c: Candidate, ctx: SequenceContext): boolean {
  if (c.match.scheme.pair) return acceptsPair(c, ctx);
  // A decimal number (2.1, 2.1.1) subdivides the open section whose number it starts with, and no other.
  if (c.match.scheme.within !== undefined && (ctx.within === undefined || decimalParent(c.match.marker) !== ctx.within)) return false;
  const k = c.match.ordinal;
  const fits = ctx.open !== undefined ? k === ctx.open + 1 : k === 1 || (ctx.last !== undefined && k === ctx.last + 1);
  // A bare number set off by a space (1 总则) is a chapter only in its sequence: the first opens its first
  // sub-section (1.1), the next ones continue the chapters already read.
  if (c.match.scheme.spaced) return fits && (k > 1 ? ctx.last === k - 1 : opensSubsection(c, ctx.following));
  const leadsOn = ctx.nextSame?.match.ordinal === k + 1;
  switch (c.evidence) {
    case 'marked':
      // A written marker stays a node when it fits, when it is a gap or a duplicate in an open
      // sequence or a run (reported by the check stage), or when its scheme is new here (a text
      // may start mid-numbering). Only a number that goes back in a closed run, with nothing
      // going on after it, is not (附件：1.… on one line, 2.… on the next, after items 1-4).
      return fits || ctx.open !== undefined || leadsOn || ctx.last === undefined || k > ctx.last;
    case 'bare':
      // A continuation is evidence enough; a first item needs a second after it, or a scheme
      // the document already numbers with (restarting under a new parent).
      return fits && (k !== 1 || leadsOn || ctx.last !== undefined);
    case 'embedded':
      // As a bare marker; also a first item that opens a first item of its own right below it
      // (…。一、总体要求（一）…1.…: a short body whose 一、 has no sibling), and a duplicate in an
      // open sequence that the numbering goes on from (一、…一、…二、: the check stage reports it).
      // After a document's title numbering restarts, as it does at a document start the block
      // layer finds on a line of its own.
      if (c.startsDocument && (leadsOn || opensFirstBelow(c, ctx.following))) return true;
      // A duplicate follows its twin directly (an enumeration of its own, 一、…二、 inside the
      // open 二、, is not one).
      if (!fits) return ctx.open !== undefined && k === ctx.open && leadsOn && ctx.prevSame?.match.ordinal === k;
      return k !== 1 || leadsOn || leadsOnPastDuplicate(k, ctx) || ctx.last !== undefined || opensFirstBelow(c, ctx.following);
    case 'unseparated':
      // Never on its own: the previous sibling is N-1 and the next one N+1.
      return fits && ctx.open === k - 1 && leadsOn;
    case 'beforeDigit':
      // Its separator is written: the previous sibling N-1 is evidence enough (a last item, 20.12345热线…, has no N+1 after it),
      // and a first item needs its 2 next (1.65岁及以上老年人…达到65% / 2.高血压…: an age opens the item's text).
      return fits && (k > 1 ? ctx.open === k - 1 : leadsOn);
  }
}
