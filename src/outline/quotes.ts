// Quotations of a run-together text: a marker between quotation marks (落实“（二）加强组织领导”的要求)
// or book-title marks (《规划（二）》) is quoted, not the document's own numbering.
//
// Spans are found in one pass and asked about in text order, so a body of any length is read a
// bounded number of times. A closing mark pairs with the latest opening mark of its kind; a mark
// never closed (a stray “) opens nothing: a quotation closes within `maxLength` characters or is
// not one.

export class Quotations {
  /** start, end, start, end… of each outermost quotation, in text order. */
  private readonly spans: number[] = [];
  private next = 0;

  constructor(text: string, pairs: readonly string[], maxLength: number) {
    const kindOf = new Map<number, { open: boolean; kind: number }>();
    pairs.forEach((pair, kind) => {
      kindOf.set(pair.charCodeAt(0), { open: true, kind });
      kindOf.set(pair.charCodeAt(1), { open: false, kind });
    });
    // The latest opening mark of each kind not closed yet, or -1.
    const opened = pairs.map(() => -1);
    for (let i = 0; i < text.length; i++) {
      const mark = kindOf.get(text.charCodeAt(i));
      if (!mark) continue;
      if (mark.open) {
        opened[mark.kind] = i;
        continue;
      }
      const start = opened[mark.kind] as number;
      opened[mark.kind] = -1;
      if (start < 0 || i - start > maxLength) continue;
      // Spans end in text order; one that starts before the last ones holds them.
      while (this.spans.length > 0 && (this.spans[this.spans.length - 2] as number) >= start) this.spans.length -= 2;
      this.spans.push(start, i + 1);
    }
  }

  /** Whether offset `i` is inside a quotation (after its opening mark); ask in ascending order. */
  inside(i: number): boolean {
    while (this.next < this.spans.length && (this.spans[this.next + 1] as number) <= i) this.next += 2;
    return this.next < this.spans.length && (this.spans[this.next] as number) < i;
  }
}
