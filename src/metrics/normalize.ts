// Normalises a metric name for matching: NFKC (full-width brackets and digits), lower case
// (PM2.5), no whitespace, no quotes or book-title marks, the grammar's rewrites, and the
// scope words at the start (全市, 我区 …) dropped.

export interface NormalizeRules {
  /** Longest first. */
  scopeWords: readonly string[];
  rewrites: ReadonlyArray<readonly [string, string]>;
}

const NOISE = /[\s"'“”‘’「」『』《》〈〉]/gu;

export function normalizeWith(text: string, rules: NormalizeRules): string {
  let s = text.normalize('NFKC').toLowerCase().replace(NOISE, '');
  for (const [from, to] of rules.rewrites) s = s.split(from).join(to);
  for (let again = true; again; ) {
    again = false;
    for (const w of rules.scopeWords) {
      if (w !== '' && s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        again = true;
        break;
      }
    }
  }
  return s;
}
