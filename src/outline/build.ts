// Builds the outline: turns the flat list of leaves from the parser into nested sections.
//
// First every place a marker may start a section is collected for the whole document
// (candidates.ts); then, in document order, a candidate becomes a section when the sequence
// evidence allows it (sequence.ts), looking ahead to the next candidate of its scheme.
//
// Depth is decided as a reader does: a marker of a scheme already open in the current chain of
// sections is a sibling of that section (numbering may restart or continue); a scheme not open
// yet opens a level below the current section, unless its GB/T 9704 rank says it belongs above
// it (a (一) after 1. items goes back up under the 一、).
import { OUTLINE_FREE, type BlockRegion, type DocumentLayout } from '../blocks/types.js';
import type { OutlineGrammar, Scheme } from '../grammar/outline.js';
import type { Boilerplate, Paragraph, PlanChild, Section } from '../schema.js';
import { indexAt, offsetAt, sourceOffset, type CleanText } from '../text/clean.js';
import { WHITE_SPACE } from '../text/breaks.js';
import type { TextView } from '../text/view.js';
import { gapBefore, isRunTogether, paragraphCandidates, splitRunTogether, type Candidate } from './candidates.js';
import { inlineCandidates, inlineRuns } from './inline.js';
import { matchLeadingCandidate, type MarkerMatch } from './marker.js';
import { acceptsCandidate, decimalNumber, type SequenceContext } from './sequence.js';
import { cutLabels, labelLength } from './labels.js';
import { extractTitle } from './title.js';
import { itemTitles, sharedForm } from './item-titles.js';
import { partitionPoint } from '../text/sorted.js';

interface Open {
  section: Section;
  rank: number;
}


/** How far before a marker a list label run into the text may start (its sentence stop included). */
const MAX_RUN_LABEL = 12;
/** What ends the sentence before a list label run into the text. */
const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?']);

/** What closes a heading set off whole (grammars/outline.yaml `leader`): markdown bold's asterisks, a 】. */
const HEADING_CLOSE = /^[*】\s]+$/u;
/** The offsets of one character in a text, to ask whether a range holds it (in log time). */
class Offsets {
  private readonly at: number[] = [];
  constructor(text: string, ch: string) {
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) this.at.push(i);
  }

  some(start: number, end: number): boolean {
    const lo = partitionPoint(this.at.length, (i) => (this.at[i] as number) < start);
    return lo < this.at.length && (this.at[lo] as number) < end;
  }
}

/** A body paragraph as the builder reads it. */
interface Read {
  leaf: Paragraph;
  clean: CleanText;
  runTogether: boolean;
  /** Its candidates' indexes in the document's candidate list: [first, end). */
  first: number;
  end: number;
}

/** A section's position until finish() places it at its children: one object for every section
 *  (three objects per section were made only to be replaced), never changed and never output. */
const UNPLACED: Section['position'] = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function newSection(match: MarkerMatch, marker: string, title: string): Section {
  return {
    type: 'section',
    marker,
    scheme: match.scheme.id,
    ordinal: match.ordinal,
    depth: 0,
    title,
    inline: match.scheme.inline,
    children: [],
    position: UNPLACED,
  };
}

export class OutlineBuilder {
  private readonly root: PlanChild[] = [];
  private readonly stack: Open[] = [];
  /** Last ordinal accepted per scheme in the current document (runs continue across sections). */
  private last = new Map<string, number>();
  private candidates: Candidate[] = [];
  /** Sections written as a heading alone on its line, with no sentence after it. */
  private readonly bareHeadings = new Set<Section>();
  /** Sections whose title starts with a short label (资金来源，…): the label's length. */
  private readonly labels = new Map<Section, number>();
  /** Where the last list label (主要目标：) stood: the stack's height then and its top section, and whether a numbered item
   *  followed it (a label followed by text, 各位代表：, heads no list). */
  private labelAt: { height: number; owner: Section | undefined; opened: boolean } | undefined;
  /** For each candidate, the index of the next candidate of the same scheme. */
  private nextSame: number[] = [];
  /** For each candidate, the index of the previous candidate of the same scheme. */
  private prevSame: number[] = [];


  constructor(
    private readonly view: TextView,
    private readonly grammar: OutlineGrammar,
  ) {}

  /**
   * The outline of a document's leaves: its top-level children, depths and positions filled in.
   * Leaves in the layout's outline-free regions (tables, insets, forms…) are kept as they are,
   * and numbering restarts at each document start.
   */
  build(leaves: ReadonlyArray<Paragraph | Boilerplate>, layout?: DocumentLayout): PlanChild[] {
    const reads = this.collect(leaves, layout);
    const starts = new Set(layout?.documentStarts);
    const lastParagraph = leaves.findLastIndex((l) => l.type === 'paragraph');
    leaves.forEach((leaf, i) => {
      if (starts.has(leaf.position.start.offset)) this.restart();
      const read = reads[i];
      const plain = read !== undefined && read.first === read.end;
      if (plain && this.grammar.listLabel?.test(read.clean.text.trim())) this.listLabel();
      else if (plain && this.labelAt && !this.labelAt.opened) this.labelAt = undefined;
      if (read) this.addParagraph(read);
      else (leaf.type === 'boilerplate' && i > lastParagraph ? this.root : this.container()).push(leaf);
    });
    return this.finish();
  }

  /** Reads every body paragraph and gathers the document's candidates. */
  private collect(leaves: ReadonlyArray<Paragraph | Boilerplate>, layout: DocumentLayout | undefined): Array<Read | undefined> {
    // The text's length without white space, as a paragraph's cleaned text is measured (a web
    // page's HTML tags, blanked in the reading text, are no part of it).
    let documentLength = 0;
    const source = this.view.source;
    for (let i = 0; i < source.length; i++) if (WHITE_SPACE[source.charCodeAt(i)] !== 1) documentLength++;
    const pageBreaks = new Offsets(this.view.source, '\f');
    const regions = layout?.regions ?? [];
    let r = 0;
    const cleans = leaves.map((leaf): CleanText | undefined => {
      const start = leaf.position.start.offset;
      while (r < regions.length && (regions[r] as BlockRegion).end <= start) r++;
      const region = regions[r];
      if (leaf.type !== 'paragraph' || (region && region.start <= start && OUTLINE_FREE.has(region.kind))) return undefined;
      return this.view.clean(start, leaf.position.end.offset);
    });
    // (a body saved as two or three very long lines: each is run together)
    const split = splitRunTogether(
      cleans.map((c) => c?.text.length),
      cleans.map((c, i) => c !== undefined && matchLeadingCandidate(c.text, this.grammar, layout?.leading?.[i], (k) => gapBefore(c, k)) !== undefined),
      documentLength,
    );
    const reads = leaves.map((leaf, i): Read | undefined => {
      const start = leaf.position.start.offset;
      const clean = cleans[i];
      if (leaf.type !== 'paragraph' || !clean) return undefined;
      const runTogether = split[i] === true || isRunTogether(clean, documentLength, pageBreaks.some(start, leaf.position.end.offset));
      const first = this.candidates.length;
      // One by one: a body on one line may hold more candidates than a call takes arguments.
      for (const c of paragraphCandidates(clean, this.grammar, i, runTogether, layout?.leading?.[i])) this.candidates.push(c);
      return { leaf, clean, runTogether, first, end: this.candidates.length };
    });
    const seen = new Map<string, number>();
    this.nextSame = new Array<number>(this.candidates.length).fill(-1);
    this.prevSame = new Array<number>(this.candidates.length).fill(-1);
    for (let k = this.candidates.length - 1; k >= 0; k--) {
      const id = (this.candidates[k] as Candidate).match.scheme.id;
      const next = seen.get(id) ?? -1;
      this.nextSame[k] = next;
      if (next >= 0) this.prevSame[next] = k;
      seen.set(id, k);
    }
    return reads;
  }

  private container(): PlanChild[] {
    return this.stack[this.stack.length - 1]?.section.children ?? this.root;
  }

  /**
   * Pops the stack to where a section of this scheme and rank belongs. A new scheme right under a
   * bare heading (a heading-only line with no sections yet) is its content whatever its rank
   * (一、 → 1、 → （一） in that order), and so is one that nests whatever its rank.
   */
  private placeFor(scheme: Scheme): void {
    const same = this.stack.findLastIndex((o) => o.section.scheme === scheme.id);
    if (same >= 0) {
      this.stack.length = same;
      return;
    }
    const top = this.stack[this.stack.length - 1]?.section;
    if (scheme.nests || (top && this.bareHeadings.has(top) && !top.children.some((c) => c.type === 'section'))) return;
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank > scheme.rank) this.stack.pop();
  }

  /**
   * A list label (主要目标：, 策略措施：) heads the numbered items after it, at the level of the section it stands
   * in. A second label in the same section closes the items the first one opened: its list is their sibling.
   */
  private listLabel(): void {
    const at = this.labelAt;
    // (Not when the item the first label opened is a heading alone on its line: the label is in that item's body,
    // 二、2026年主要目标和工作安排 | 重点抓好以下工作：, after a report's 各位代表：.)
    const item = this.stack[at?.height ?? 0]?.section;
    if (at && this.stack.length > at.height && this.stack[at.height - 1]?.section === at.owner && !(item && this.bareHeadings.has(item) && this.stack.length === at.height + 1)) {
      this.stack.length = at.height;
      return;
    }
    this.labelAt = { height: this.stack.length, owner: this.stack[this.stack.length - 1]?.section, opened: false };
  }

  /** Whether a list label stands between the sentence before `at` and the marker at `at` (。策略措施：|（1）). */
  private labelBefore(text: string, at: number): boolean {
    const label = this.grammar.listLabel;
    if (!label) return false;
    const from = Math.max(0, at - MAX_RUN_LABEL);
    let stop = -1;
    for (let i = at - 1; i >= from && stop < 0; i--) if (SENTENCE_END.has(text[i] as string)) stop = i;
    return stop >= 0 && label.test(text.slice(stop + 1, at).trim());
  }

  /**
   * An enumeration never nests in itself: a run of 一是…二是… in a later paragraph of an item that opened its line
   * with the same marker word (五是…。建成… | …我们重点做三件事：一是…；二是…: a second speaker's answer, the next
   * part of a report) is a new run beside that item, so the item is closed before it. Runs of another word (一要…二要…)
   * stay under the item.
   */
  private closeSameEnumeration(first: MarkerMatch | undefined): void {
    if (!first) return;
    const same = this.stack.findLastIndex((o) => !o.section.inline && o.section.scheme === first.scheme.id);
    if (same >= 0) this.stack.length = same;
  }

  /** Starts a new outline: numbering of a new document restarts at depth 1. */
  private restart(): void {
    this.labelAt = undefined;
    this.stack.length = 0;
    this.last = new Map();
  }

  private accepts(k: number): boolean {
    const c = this.candidates[k] as Candidate;
    const id = c.match.scheme.id;
    const within = c.match.scheme.within;
    const parent = within === undefined ? undefined : this.stack.findLast((o) => o.section.scheme === within)?.section;
    const ctx: SequenceContext = {
      within: parent && decimalNumber(parent.marker),
      open: this.stack.findLast((o) => o.section.scheme === id)?.section.ordinal,
      last: this.last.get(id),
      nextSame: this.candidates[this.nextSame[k] as number],
      thenSame: this.candidates[this.nextSame[this.nextSame[k] as number] as number],
      prevSame: this.candidates[this.prevSame[k] as number],
      following: this.candidates[k + 1],
    };
    return acceptsCandidate(c, ctx);
  }

  private addParagraph(read: Read): void {
    const { leaf, clean } = read;
    const start = leaf.position.start.offset;
    const end = leaf.position.end.offset;
    const leading = read.first < read.end && this.candidates[read.first]?.evidence !== 'embedded' ? this.candidates[read.first] : undefined;
    // Text before the first section of the paragraph stays where the reader was.
    const prefixInto = this.container();
    const prefixAt = prefixInto.length;
    const accepted: Array<{ c: Candidate; section: Section }> = [];
    for (let k = read.first; k < read.end; k++) {
      if (!this.accepts(k)) continue;
      const c = this.candidates[k] as Candidate;
      if (c.startsDocument) this.restart();
      // A list label run into the text before its first item (…40%。策略措施：（1）…) heads it as one on its own line does.
      if (c !== leading && this.labelBefore(clean.text, c.match.start)) this.listLabel();
      if (this.labelAt) this.labelAt.opened = true;
      this.last.set(c.match.scheme.id, c.match.ordinal);
      // Placed now, so that the next candidate is judged in the chain it will be part of.
      this.placeFor(c.match.scheme);
      const section = newSection(c.match, this.written(c.match, clean), '');
      // 一是 starting a line is an ordinary heading, and so are its siblings on that line.
      section.inline = false;
      this.container().push(section);
      this.stack.push({ section, rank: c.match.scheme.rank });
      accepted.push({ c, section });
    }
    const inline = inlineCandidates(clean.text, this.grammar);
    const head = accepted[0];
    if (!head) {
      const runs = inlineRuns(inline, clean.text, 0, clean.text.length, this.grammar);
      if (runs.length === 0) this.titleUnderMarker(clean);
      this.closeSameEnumeration(runs[0]);
      this.splitInline(leaf, start, end, clean, runs, this.container());
      return;
    }
    // A leading marker's section starts with the leaf (bullets and indentation included).
    const cuts = accepted.map(({ c }) => (c === leading ? start : sourceOffset(clean, c.match.start, end)));
    if ((cuts[0] as number) > start) {
      const prefix: PlanChild[] = [];
      this.splitInline(undefined, start, cuts[0] as number, clean, inlineRuns(inline, clean.text, 0, head.c.match.start, this.grammar), prefix);
      const after = prefixInto.splice(prefixAt);
      for (const node of [prefix, after].flat()) prefixInto.push(node);
    }
    const heads = accepted.map(({ c }, i) => {
      const to = accepted[i + 1]?.c.match.start ?? clean.text.length;
      const kind = c.match.scheme.sentenceTitle ? 'sentence' : c.match.scheme.inline ? 'inline' : 'heading';
      // (a heading may run straight into its first item: …底线一是压实…; on a line of its own only where the item's
      // sequence confirms it)
      const runOnHeading = kind === 'heading' ? { reach: this.grammar.runon.runTogether?.maxHeading ?? 0, confirm: !read.runTogether } : undefined;
      const items = inlineRuns(inline, clean.text, c.match.end, to, this.grammar, runOnHeading);
      // A lost line break ends a heading; a sentence title (第X条) has no heading line to lose.
      const gaps = read.runTogether && kind !== 'sentence' ? clean : undefined;
      const spaced = kind === 'heading' ? { clean, source: this.view.source } : undefined;
      // (headings of the upper schemes of a body run together on one line may end where their words do)
      const maxRank = this.grammar.runon.runTogether?.maxRank ?? -1;
      const runTogether = read.runTogether && kind === 'heading' && c.match.scheme.rank <= maxRank;
      // (a markdown heading run into its body ends where the bold that opens its paragraph closes)
      const bold = kind === 'heading' && c === leading ? this.boldHeadingEnd(clean, c, start, end) : undefined;
      const limit = Math.min(items[0]?.start ?? to, bold ?? to);
      return { to, items, start: c.match.end, limit, title: extractTitle(clean.text, c.match.end, limit, this.grammar, kind, gaps, spaced, runTogether) };
    });
    // (一是 items starting the line, with their siblings on it, are one enumeration, read together as inline items are)
    const titles = accepted.every(({ c }) => c.match.scheme.inline) ? sharedForm(clean.text, heads, this.grammar) : heads.map((h) => h.title);
    accepted.forEach(({ c, section }, i) => {
      const { to, items } = heads[i] as (typeof heads)[number];
      section.title = titles[i] as string;
      const at = clean.text.indexOf(section.title, c.match.end);
      // (Alone on its line also when the marks that set the whole heading off close it: **…**, 【…】.)
      const bare = items.length === 0 && !c.match.scheme.inline && (at + section.title.length >= to || HEADING_CLOSE.test(clean.text.slice(at + section.title.length, to)));
      if (bare) this.bareHeadings.add(section);
      // A heading alone on its line has no body to cut off: its comma joins parallel phrases
      // (发展民生事业，解决急难愁盼), it does not end a label.
      const label = bare ? undefined : labelLength(clean, at, section.title);
      if (label !== undefined) this.labels.set(section, label);
      const whole = accepted.length === 1 && cuts[0] === start ? leaf : undefined;
      // The section's own text comes before the sections the same line opened under it.
      const own: PlanChild[] = [];
      this.splitInline(whole, cuts[i] as number, cuts[i + 1] ?? end, clean, items, own);
      section.children = own.concat(section.children);
    });
  }

  /**
   * A marker alone on its line takes its title from the line under it (一、 | 总体要求, 第一章 | 总则: how a PDF converter
   * sets an automatic list number or a centred chapter number apart from its words). That line stays the section's first text.
   */
  private titleUnderMarker(clean: CleanText): void {
    const top = this.stack[this.stack.length - 1]?.section;
    if (!top || top.title !== '' || top.inline || top.children.length !== 1) return;
    top.title = extractTitle(clean.text, 0, clean.text.length, this.grammar, 'heading', undefined, { clean, source: this.view.source });
  }

  /**
   * Where the bold span that opens a markdown paragraph, its leading marker first inside it, closes
   * (**（二）提升服务能力**　实施…, how a converter keeps a Word file's bold run-in heading): the text index at
   * which the heading's body starts, or undefined when the paragraph opens with no such span or the span closes
   * on another line or right after the marker (**一是**…, **第一条**…: a bold marker alone).
   */
  private boldHeadingEnd(clean: CleanText, c: Candidate, start: number, end: number): number | undefined {
    if (!this.view.markdown) return undefined;
    const source = this.view.source;
    let p = start;
    while (p < end && WHITE_SPACE[source.charCodeAt(p)] === 1) p++;
    if (!source.startsWith('**', p)) return undefined;
    const markerStart = sourceOffset(clean, c.match.start, end);
    for (let q = p + 2; q < markerStart; q++) if (WHITE_SPACE[source.charCodeAt(q)] !== 1) return undefined;
    const from = sourceOffset(clean, c.match.end, end);
    const close = source.indexOf('**', from);
    const lineEnd = source.indexOf('\n', from);
    if (close < 0 || close >= end || (lineEnd >= 0 && close > lineEnd)) return undefined;
    const i = indexAt(clean, close);
    return i > c.match.end + 1 ? i : undefined;
  }

  /**
   * A marker as the source writes it: the reading text has ASCII digits where the source may have
   * full-width ones (１．), and the output keeps markers as written.
   */
  private written(match: MarkerMatch, clean: CleanText): string {
    const { marker } = match;
    const at = /[0-9%/]/u.test(marker) ? clean.text.indexOf(marker, match.start) : -1;
    if (at < 0) return marker;
    let out = '';
    for (let j = 0; j < marker.length; j++) out += this.view.original[offsetAt(clean, at + j)];
    return out;
  }

  /**
   * Appends source[start, end) to `into`, cut into a leading paragraph and one section per inline
   * item; `whole` is the existing leaf when the range is all of it.
   */
  private splitInline(
    whole: Paragraph | undefined,
    start: number,
    end: number,
    clean: CleanText,
    items: MarkerMatch[],
    into: PlanChild[],
  ): void {
    if (items.length === 0) {
      into.push(whole ?? this.view.leaf('paragraph', start, end));
      return;
    }
    const cuts = items.map((m) => sourceOffset(clean, m.start, end));
    if ((cuts[0] as number) > start) into.push(this.view.leaf('paragraph', start, cuts[0] as number));
    const titles = itemTitles(clean.text, items, indexAt(clean, end), this.grammar);
    items.forEach((item, k) => {
      const section = newSection(item, this.written(item, clean), titles[k] as string);
      section.children.push(this.view.leaf('paragraph', cuts[k] as number, cuts[k + 1] ?? end));
      into.push(section);
    });
  }

  /** The finished top-level children, with depths and section positions filled in. */
  private finish(): PlanChild[] {
    const fill = (nodes: PlanChild[], depth: number): void => {
      for (const node of nodes) {
        if (node.type !== 'section') continue;
        node.depth = depth;
        fill(node.children, depth + 1);
        const first = node.children[0];
        const last = node.children[node.children.length - 1];
        node.position = first && last ? { start: first.position.start, end: last.position.end } : { start: { ...UNPLACED.start }, end: { ...UNPLACED.end } };
      }
    };
    fill(this.root, 1);
    cutLabels(this.root, this.labels);
    return this.root;
  }
}
