// Offsets → unist points (1-based line and column, 0-based offset) for one decoded text.
import type { Point, Position } from '../schema.js';

export class Locator {
  /** Offset at which each line starts. Lines end at \n, \r\n or a lone \r. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case: jump from \n to \n.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  point(offset: number): Point {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1, offset };
  }

  /** The end point of the last position made: the next one often starts there (the parser's
   *  leaves tile the text, a cut paragraph's pieces follow each other), and then shares it. */
  private lastEnd: Point | undefined;

  /**
   * source[start, end) as a position. Where two positions meet (or one is empty) they hold the
   * same point object: the tree stays plain data (and its JSON the same), with one object less
   * per leaf. Points are never changed once made.
   */
  position(start: number, end: number): Position {
    const from = this.lastEnd?.offset === start ? this.lastEnd : this.point(start);
    const to = end === start ? from : this.point(end);
    this.lastEnd = to;
    return { start: from, end: to };
  }
}
