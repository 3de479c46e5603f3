// Marker candidates of a document: every place a numbering marker may start a section. Which of
// them become sections is decided on sequence evidence (sequence.ts).
import type { OutlineGrammar, Scheme } from '../grammar/outline.js';
import { droppedBefore, type CleanText } from '../text/clean.js';
import { inlineCandidates } from './inline.js';
import { matchLeadingCandidate, matchMarkerAt, type KnownLeading, type LeadingEvidence, type MarkerMatch } from './marker.js';
import { Quotations } from './quotes.js';
import { han } from '../text/han.js';

/**
 * `embedded`: a marker inside a run-together paragraph (a body printed as one long line), after a
 * sentence end or a gap where a line break was lost. Like `bare` and `unseparated`, it is a marker
 * only on sequence evidence.
 */
export type Evidence = LeadingEvidence | 'embedded';

export interface Candidate {
  match: MarkerMatch;
  evidence: Evidence;
  /** Index of the leaf in the document. */
  leaf: number;
  /** An embedded first item right after a document's title (…施行。长期处方管理规范（试行）第一章…): numbering restarts there. */
  startsDocument?: boolean;
}

/**
 * A body run together on one line (a web page printed to PDF, a scraped page that lost its line
 * breaks) holds a large share of the whole text in one paragraph, and is searched for markers
 * inside it. With page breaks (\f) inside it, the signature of such a print, a shorter share is
 * enough. A paragraph that is nearly the whole text is the body however short the document (a
 * notice whose 一、…二、… lost their line breaks): its markers have no other reading.
 */
const RUN_TOGETHER = [
  { length: 1000, share: 1 / 2, pageBreaks: false },
  { length: 500, share: 1 / 3, pageBreaks: true },
  { length: 0, share: 4 / 5, pageBreaks: false },
];

export function isRunTogether(clean: CleanText, documentLength: number, pageBreaks: boolean): boolean {
  const n = clean.text.length;
  return RUN_TOGETHER.some((r) => (pageBreaks || !r.pageBreaks) && n >= r.length && n >= documentLength * r.share);
}

/** A share of the text that makes a paragraph one of the few long lines a body was saved as, and their joint share. */
const SPLIT_PART = 1 / 5;
const SPLIT_WHOLE = 4 / 5;
/** The least length of those lines together: a body, as a single run-together line holding half the text must be (RUN_TOGETHER). */
const SPLIT_LENGTH = 1000;

/**
 * A body that lost its line breaks may still be cut in two or three very long lines (a save that kept a break or
 * two: 一、…二、… on one line, 三、…五、 and the signature on the next). Each of them is run together when they
 * together are nearly the whole text, as long as a body is, and no other paragraph is a heading line: a document whose headings stand on
 * lines of their own did not lose its line breaks, however long its paragraphs are. `lengths` are the body
 * paragraphs' cleaned lengths (undefined for a leaf that is no body paragraph), `headings` whether each starts with
 * a marker; the result says which paragraphs are run together this way.
 */
export function splitRunTogether(lengths: ReadonlyArray<number | undefined>, headings: readonly boolean[], documentLength: number): boolean[] {
  const long = lengths.map((n) => n !== undefined && n >= documentLength * SPLIT_PART);
  let total = 0;
  let parts = 0;
  for (let i = 0; i < lengths.length; i++) {
    if (long[i]) {
      total += lengths[i] as number;
      parts++;
    } else if (headings[i]) return lengths.map(() => false);
  }
  return parts >= 2 && total >= SPLIT_LENGTH && total >= documentLength * SPLIT_WHOLE ? long : lengths.map(() => false);
}

/** Sentence and clause ends after which a lost line break may have stood (…工作：一、…). */
const SENTENCE_END = new Set([...'。！？；!?;：:']);

/** Whether the cleaned text lost white space (a line break, a page break) right before `i`. */
export function gapBefore(clean: CleanText, i: number): boolean {
  return droppedBefore(clean, i);
}

/**
 * A marker closed on both sides (（一）, 第三条) can start a section right after a heading run into
 * it; an open one (一、, 1.) needs a sentence end or a gap before it.
 */
const CLOSED_MARKER = /^[(（第]/u;
/** What a heading run onto an open marker ends with: a Chinese character or a closing quote or bracket. */
const HEADING_LAST = han(/[\p{Script=Han}”’」』)）]/u);

/**
 * An open marker run straight onto the heading before it (…汇聚强大力量1. 坚持…): it follows a
 * Chinese word or a closing quote, not a digit (12.5).
 */
function afterHeading(text: string, i: number): boolean {
  return HEADING_LAST.test(text[i - 1] as string);
}

/**
 * Markers the grammar rules out inside running text: a number cited (第1、2项, 附件2.), a marker
 * that qualifies a noun (（二）级医院), a marker inside a quotation, an entry of a table of contents.
 */
function ruledOut(text: string, match: MarkerMatch, grammar: OutlineGrammar, quotes: Quotations): boolean {
  const { notAfter, notFollowedBy, tocEntry } = grammar.embedded;
  if (notAfter.test(text[match.start - 1] as string)) return true;
  notFollowedBy.lastIndex = match.end;
  if (notFollowedBy.test(text) || quotes.inside(match.start)) return true;
  // An entry of a table of contents run into the text (…形势……………1第一节…).
  if (!tocEntry) return false;
  tocEntry.lastIndex = match.end;
  return tocEntry.test(text);
}

/** Markdown and PDF list bullets (as grammars/outline.yaml `leader` has them). */
const BULLETS = new Set([...'-*•·▪●']);

/**
 * A list bullet whose line break was lost (…坚持守初心担使命- 1. 全系统…; cleaning dropped the space
 * after it) belongs to the marker after it, not to the title before it.
 */
function withBullet(clean: CleanText, match: MarkerMatch): MarkerMatch {
  const b = match.start - 1;
  if (b < 1 || !BULLETS.has(clean.text[b] as string) || !gapBefore(clean, match.start) || /[0-9A-Za-z]/u.test(clean.text[b - 1] as string)) return match;
  return { ...match, start: b };
}

/** Where a WeChat editor's decoration right before `i` starts (▌一、, 🔹1.), or -1: it sets the marker off as
 *  a line start would, and belongs to the marker, not to the title before it. */
function decorationStart(text: string, i: number, grammar: OutlineGrammar): number {
  const { decoration } = grammar.embedded;
  const from = Math.max(0, i - 4);
  const m = decoration?.exec(text.slice(from, i));
  return m ? from + m.index : -1;
}

/** Where the marker after a WeChat editor's decoration at `i` starts (🔸２．: the place of ２), or `i` when no decoration stands there. */
function decoratedMarker(text: string, i: number, grammar: OutlineGrammar): number {
  for (let k = i + 1; k <= Math.min(text.length, i + 4); k++) if (decorationStart(text, k, grammar) === i) return k;
  return i;
}

/** Sentence ends before a document's title in a run-together text; also the longest title looked at. */
const TITLE_START = new Set([...'。！？；!?;']);
const MAX_TITLE = 100;

/**
 * Whether the text from the last sentence end before `i` up to `i` names a document (a plan's
 * title, also after the signature and date of the text before it): a new document starts at `i`.
 * A numbered heading is a section of the document, not its title, whatever words end it
 * (…。二、重点工作（一）…: 重点工作 names a genre, but 二、 numbers it).
 */
function titleBefore(text: string, i: number, grammar: OutlineGrammar, schemes: readonly Scheme[]): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= MAX_TITLE && !TITLE_START.has(text[j] as string)) j--;
  if (i - j > MAX_TITLE) return false;
  return grammar.embedded.documentTitle.test(text.slice(j + 1, i)) && !matchMarkerAt(text, j + 1, schemes);
}

/** How far before a first item its 附件： lead is looked for (a space or two, the colon, 附件, the character before). */
const ATTACHMENT_LEAD = 8;

/** Whether an 附件说明's lead (附件：) ends right before `i`: the item there names an attachment (GB/T 9704 §7.3.3). */
function attachmentBefore(text: string, i: number, grammar: OutlineGrammar): boolean {
  const lead = grammar.embedded.attachmentLead;
  return lead !== undefined && lead.test(text.slice(Math.max(0, i - ATTACHMENT_LEAD), i));
}

function embeddedCandidates(clean: CleanText, grammar: OutlineGrammar, leaf: number, from: number, out: Candidate[]): void {
  const text = clean.text;
  const schemes = grammar.blockSchemes.filter((s) => !s.inline);
  const quotes = new Quotations(text, grammar.embedded.quotes, grammar.embedded.maxQuote);
  const find = grammar.blockFind;
  find.lastIndex = Math.max(1, from);
  // The items of an 附件说明 run into the body (…氛围。附件：1.…名单2.…自评表): the scheme and the ordinal that goes on with it.
  let attached: { scheme: Scheme; next: number } | undefined;
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const i = m.index;
    const decorated = decorationStart(text, i, grammar);
    const bounded = SENTENCE_END.has(text[i - 1] as string) || gapBefore(clean, i) || decorated >= 0;
    const match = matchMarkerAt(text, i, schemes);
    find.lastIndex = i + 1;
    if (!match || match.end >= text.length) continue;
    if (!bounded && (match.scheme.pair || !(CLOSED_MARKER.test(match.marker) || afterHeading(text, i)))) continue;
    if (ruledOut(text, match, grammar, quotes)) continue;
    if (attached?.scheme === match.scheme && match.ordinal === attached.next) attached.next++;
    else if (match.ordinal === 1 && attachmentBefore(text, i, grammar)) attached = { scheme: match.scheme, next: 2 };
    else attached = undefined;
    if (attached) {
      find.lastIndex = match.end;
      continue;
    }
    const candidate: Candidate = { match: decorated >= 0 ? { ...match, start: decorated } : withBullet(clean, match), evidence: 'embedded', leaf };
    if (match.ordinal === 1 && titleBefore(text, i, grammar, schemes)) candidate.startsDocument = true;
    out.push(candidate);
    find.lastIndex = match.end;
  }
}

/**
 * A paragraph that starts with 一是 as a heading goes on with its siblings inside the same line
 * (一是…。二是…。): the continuing items of that scheme are candidates of the same level, up to
 * an enumeration of its own inside the item (…，一是…，二是…).
 */
function continuingItems(clean: CleanText, grammar: OutlineGrammar, leaf: number, first: MarkerMatch, out: Candidate[]): void {
  let expect = first.ordinal + 1;
  for (const m of inlineCandidates(clean.text, grammar)) {
    if (m.start < first.end || m.scheme !== first.scheme) continue;
    // A new run from 一是 is an enumeration inside the item: what follows belongs to it.
    if (m.ordinal === 1) break;
    if (m.ordinal !== expect) continue;
    out.push({ match: m, evidence: 'embedded', leaf });
    expect++;
  }
}

/** Sentence ends after which a merged paragraph may go on with the next heading of its list. */
const ITEM_END = /[。！？；!?;]/gu;

/**
 * A paragraph that starts with a numbered heading may go on with the next headings of the same list
 * after a sentence end (（一）加强组织领导。…（二）强化督查考核。…: short items printed as one
 * paragraph): the next ordinals of its scheme, in order, are candidates of the same level. Only
 * the very next ordinal counts, so a number cited in the text (…按第（三）项办理) is none. Only the
 * places right after a sentence end are tried, not every place a marker of any scheme could start.
 */
function continuingSiblings(clean: CleanText, grammar: OutlineGrammar, leaf: number, first: MarkerMatch, out: Candidate[]): void {
  const text = clean.text;
  const schemes = [first.scheme];
  let quotes: Quotations | undefined;
  let expect = first.ordinal + 1;
  const ends = ITEM_END;
  ends.lastIndex = Math.max(first.end - 1, 0);
  for (let end = ends.exec(text); end; end = ends.exec(text)) {
    const i = end.index + 1;
    // The next item may come decorated as the first one was (…。🔸２．提高…): the decoration belongs to it.
    const at = decoratedMarker(text, i, grammar);
    const match = matchMarkerAt(text, at, schemes);
    if (!match || match.ordinal !== expect || match.end >= text.length) continue;
    quotes ??= new Quotations(text, grammar.embedded.quotes, grammar.embedded.maxQuote);
    if (ruledOut(text, match, grammar, quotes)) continue;
    out.push({ match: at > i ? { ...match, start: i } : match, evidence: 'embedded', leaf });
    expect++;
    ends.lastIndex = match.end - 1;
  }
}

/** How far after its parent's marker a first item run onto the parent's heading may start: a heading is short. */
const MAX_NESTED_HEADING = 40;
/** Longer than any marker with the spaces after it (第一百二十条, （十二）、). */
const MAX_MARKER = 16;

/**
 * A heading paragraph may hold the first items of the level below it, run onto its heading and
 * each other (（一）慢性病早期筛查行动1.开展高危人群筛查…。2.推进癌症早诊早治…): a heading line
 * lost its line end, and the items their paragraph breaks. A first item of a lower-ranked scheme
 * right after the heading, followed in the same line by its next ordinals after sentence ends, is
 * that level; an item 1 with no 2 after it is not evidence enough (…达到1.5万人).
 */
function nestedItems(clean: CleanText, grammar: OutlineGrammar, leaf: number, parent: MarkerMatch, out: Candidate[]): void {
  const text = clean.text;
  const schemes = grammar.blockSchemes.filter((s) => !s.inline && !s.pair && s.rank > parent.scheme.rank);
  let quotes: Quotations | undefined;
  const find = grammar.blockFind;
  // Markers are looked for in the heading's reach only (and as far as the longest marker goes past it),
  // not through the whole paragraph; each found is matched again in the whole text.
  const reach = parent.end + MAX_NESTED_HEADING + MAX_MARKER;
  const head = text.length > reach ? text.slice(0, reach) : text;
  find.lastIndex = parent.end + 1;
  for (let m = find.exec(head); m && m.index <= parent.end + MAX_NESTED_HEADING; m = find.exec(head)) {
    const i = m.index;
    find.lastIndex = i + 1;
    // A WeChat editor's decoration right before the item (…签约服务🔸１．扩大…) sets it off as a line start does.
    const decorated = decorationStart(text, i, grammar);
    if (!(afterHeading(text, i) || SENTENCE_END.has(text[i - 1] as string) || decorated >= 0)) continue;
    const first = matchMarkerAt(text, i, schemes);
    if (!first || first.ordinal !== 1 || first.end >= text.length) continue;
    quotes ??= new Quotations(text, grammar.embedded.quotes, grammar.embedded.maxQuote);
    if (ruledOut(text, first, grammar, quotes)) continue;
    const next: Candidate[] = [];
    continuingSiblings(clean, grammar, leaf, first, next);
    if (next.length === 0) return;
    out.push({ match: decorated >= 0 ? { ...first, start: decorated } : first, evidence: 'embedded', leaf }, ...next);
    return;
  }
}

/** The candidates of one paragraph, in text order. */
export function paragraphCandidates(clean: CleanText, grammar: OutlineGrammar, leaf: number, runTogether: boolean, known?: KnownLeading): Candidate[] {
  const out: Candidate[] = [];
  const leading = matchLeadingCandidate(clean.text, grammar, known, (i) => gapBefore(clean, i));
  if (leading) out.push({ match: leading.match, evidence: leading.evidence, leaf });
  if (leading?.match.scheme.inline) continuingItems(clean, grammar, leaf, leading.match, out);
  else if (runTogether) embeddedCandidates(clean, grammar, leaf, leading?.match.end ?? 1, out);
  else if (leading) {
    const siblings: Candidate[] = [];
    continuingSiblings(clean, grammar, leaf, leading.match, siblings);
    for (const c of siblings) out.push(c);
    const nested: Candidate[] = [];
    nestedItems(clean, grammar, leaf, leading.match, nested);
    // A sibling run onto the same line (…。四、深化节约型机关建设 1）…。2）…) lost its line end as the heading did: its
    // first items may run onto it the same way.
    for (const s of siblings) nestedItems(clean, grammar, leaf, s.match, nested);
    if (nested.length > 0) {
      // The heading's own next siblings (…（二）…) may follow its items on the line.
      for (const c of nested) out.push(c);
      out.sort((a, b) => a.match.start - b.match.start);
    }
  }
  return out;
}
