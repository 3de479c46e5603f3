// The year each document of a file names in its title: where the file's plan names no years (a 办法 or a 通知 for no period),
// a document printed after it whose own title names one year (附件 …2026年度绩效考核评分细则, 2027年重点任务清单) is that year's,
// as an annual plan is. The metadata stage finds them; the indicator stage dates the targets of each document by them.
import type { BlockRegion } from '../blocks/types.js';
import { scanDates } from '../dates/scan.js';
import type { PeriodGrammar } from '../grammar/periods.js';

/** A document title of the file (where it ends) and the one year it names (null for none or several). */
export interface DocumentYear {
  end: number;
  year: number | null;
}

/** A label that opens an attachment (附件, 附件2, 附件三：), no title of a document. */
const ATTACHMENT_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$/u;

/**
 * The document titles of a file with the one year each names, in order. A title that names no year, or a span, gives none.
 * Bare labels (附件, 附件2) are no documents' titles and change nothing.
 */
export function documentYears(regions: readonly BlockRegion[], text: (start: number, end: number) => string, pg: PeriodGrammar): DocumentYear[] {
  const out: DocumentYear[] = [];
  for (const r of regions) {
    if (r.kind !== 'title') continue;
    const t = text(r.start, r.end).trim();
    if (ATTACHMENT_LABEL.test(t)) continue;
    const hits = scanDates(t, pg).filter((d) => d.year !== null);
    const only = hits.length === 1 ? hits[0] : undefined;
    out.push({ end: r.end, year: only !== undefined && only.kind === 'year' ? only.year : null });
  }
  return out.sort((x, y) => x.end - y.end);
}
