// title: the plan's own title. For a notice (通知) that 印发s a plan, the plan's title (the line
// after the notice that names it, else the name the notice gives it), not the notice's.
import type { MetaGrammar } from '../grammar/meta.js';
import { leavesOpen } from '../text/brackets.js';
import { dateOnly } from './dates.js';
import { headBlocks, SITE_TITLE, undecorated, type MetaBlock, type MetaDoc } from './doc.js';
import { docNumberOnly, withoutTitledNumber } from './docNumber.js';
import type { LabelledField } from './fields.js';
import { findSignature, isOrgan, signedOrgans } from './signature.js';
import { HAN } from '../text/han.js';

export interface TitleInfo {
  title: string | null;
  /** The wrapping notice's title, when there is one. */
  noticeTitle: string | null;
  /** Index (in MetaDoc.blocks) of the title's last block: of the plan's own title line, else of
   *  the line that names the plan; -1 when the title comes from no line of the document. */
  at: number;
  /** The title is the name a notice or a 印发 sentence gives the plan: no title line of the plan
   *  itself was found (`at` is the line that names it). */
  named: boolean;
  /** Index of the notice title, below which its 主送 stands; -1 when there is none (look from
   *  the top). */
  first: number;
  /** Index of the first block of the plan's own 印发 notice when the document forwards it (a 转发
   *  notice that prints the notice it passes on): its red header and 文号 above its title, else the
   *  title. That notice's 文号, 主送, signature and date are the plan's, the forwarding notice's
   *  (and the page panel's that describes it) are not. -1 otherwise. */
  own: number;
}

const SENTENCE = /[。；;！!？?]/u;
/** Menus and breadcrumbs: `首页 | 机构概况 | 政务公开`, `首页 > 政务公开`. */
const NAVIGATION_SEPARATOR = /\s[|｜>›»＞/]\s|[|｜›»＞]/u;
const key = (s: string): string => s.normalize('NFKC').replace(/[\s《》〈〉<>]/gu, '');

interface Candidate {
  text: string;
  /** Index (in MetaDoc.blocks) of the last block it uses. */
  last: number;
}

/** A lead-in ends in a colon or comma, or (a WeChat editor's, `…一起来看👇`) in a mark pointing down to
 *  what follows in place of the colon. */
const LEAD_IN_END = /(?:[，,：:]|[👇⬇↓▼⤵]\uFE0F?)$/u;

/** A line that is something else than (a piece of) a title: a red header, a 文号, a date, an
 *  organ name (signature), an attachment label, a bracketed remark, a 主送 or lead-in line. */
function notTitle(text: string, grammar: MetaGrammar): boolean {
  return (
    SENTENCE.test(text) ||
    NAVIGATION_SEPARATOR.test(text) ||
    grammar.navigation.test(text) ||
    SITE_TITLE.test(text) ||
    LEAD_IN_END.test(text) ||
    grammar.redHeader.test(text) ||
    grammar.attachmentLabel.test(text) ||
    grammar.asideLine.test(text) ||
    grammar.listItemLine.test(text) ||
    grammar.resultClass.test(text) ||
    docNumberOnly(text, grammar) !== null ||
    dateOnly(text, grammar) !== null ||
    isOrgan(text, grammar)
  );
}

/** Titles that start at blocks[i] and go on over the lines below it, before blocks[to]: GB/T 9704
 *  sets a long title over several centred lines, and a PDF breaks one too. Two lines join when
 *  neither is something else than a title; more lines only when together they end as a plan or
 *  notice title does. The last line may be the genre word alone (`工作要点`), and a title that
 *  ends takes its period or 试行 from the line below. */
/** A 印发 notice's title left open above (…关于印发某市2025年…任务) that the line below closes (分工方案的通知). */
function openNotice(above: string, line: string, grammar: MetaGrammar): boolean {
  return grammar.noticeOpen.test(above) && !grammar.noticeEnd.test(above) && grammar.noticeEnd.test(line);
}

function brokenTitles(blocks: readonly MetaBlock[], i: number, to: number, grammar: MetaGrammar, panel: ReadonlySet<MetaBlock>): Candidate[] {
  const out: Candidate[] = [];
  let text = undecorated((blocks[i] as MetaBlock).text, grammar);
  for (let j = i + 1; j < Math.min(to, i + grammar.titleLines); j++) {
    const prev = blocks[j - 1] as MetaBlock;
    const line = blocks[j] as MetaBlock;
    if (line.furniture || panel.has(line) || !HAN.test(line.text)) break;
    // A line that starts with 的 or a closing mark goes on the one above, whatever that reads as;
    // so does any line below one that left a 《 or a （ open (…印发《某实施方案 / （2025—2027年）》的通知).
    const goesOn = grammar.titleContinuation.test(line.text) || leavesOpen(text) || openNotice(text, line.text, grammar);
    // The organ the title starts with, set on a line of its own (某市卫生健康局 / 2024年工作计划).
    const afterOrgan = j === i + 1 && isOrgan(prev.text, grammar) && grammar.titleAfterOrgan.test(line.text) && !notTitle(line.text, grammar);
    if (!goesOn && !afterOrgan && (notTitle(prev.text, grammar) || grammar.planTitle.test(prev.text) || grammar.noticeEnd.test(prev.text))) break;
    // A whole plan title naming its place first starts on its own line: the lines above are no part of it.
    // So does one naming its year first, opening with 关于 or the report's name alone. Neither when the organ it
    // belongs to is the line above (某市人民政府 / 关于加快推进城市更新…: 关于…城市 reads like a place's name).
    const ownLine = !afterOrgan && (grammar.placeFirst.test(line.text) || grammar.ownLineTitle.test(line.text));
    if (!goesOn && !grammar.titleLeftOpen.test(prev.text) && ownLine && (grammar.planTitle.test(line.text) || grammar.noticeEnd.test(line.text))) break;
    const genreWord = grammar.titleLastLine.test(line.text);
    if (!genreWord && !goesOn && notTitle(line.text, grammar)) break;
    // A joint organ line keeps the space that parts its organs (`某市卫生健康委员会 某市财政局`), as the
    // issuer does; the reading text drops it as it drops a PDF's stray spaces.
    if (afterOrgan) text = signedOrgans(prev.raw, grammar);
    text += undecorated(line.text, grammar);
    if (text.length > grammar.maxTitle) break;
    // A 印发 notice's title whose plan's name ends a line goes on to the 的通知 the line below closes it with (…关于印发 / 某区城市更新
    // 三年行动方案 / （2027—2029年）的通知): the plan's name is no title of its own there.
    const after = blocks[j + 1];
    const noticeGoesOn = after !== undefined && j + 1 < Math.min(to, i + grammar.titleLines) && !after.furniture && openNotice(text, after.text, grammar);
    const ends = !noticeGoesOn && (grammar.planTitle.test(text) || grammar.noticeEnd.test(text));
    // The organ line and a 关于… line that does not end yet: GB/T 9704 sets a long title over three
    // lines or more (`中共某县委 某县人民政府` / `关于…全面推进` / `…的实施意见`); the lines below may
    // end it, but the organ with a piece of the title is no candidate of its own.
    if (afterOrgan && !ends) continue;
    if (ends) {
      const tail = blocks[j + 1];
      const withTail = tail && j + 1 < to && !tail.furniture && grammar.titleTail.test(tail.text.normalize('NFKC'));
      out.push(withTail ? { text: text + tail.text, last: j + 1 } : { text, last: j });
      break;
    }
    if (j === i + 1) out.push({ text, last: j });
  }
  return out;
}

/** Lines of blocks[from, to) that can be titles: single lines, a title set or broken over several
 *  short lines, and a title with its period or 试行 on the line below. */
function candidates(blocks: readonly MetaBlock[], from: number, to: number, grammar: MetaGrammar, panel: ReadonlySet<MetaBlock> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i] as MetaBlock;
    // A line a check mark opens is an item of a list (✅森林覆盖率稳定在84%以上), whatever the decoration stripped below leaves.
    if (block.furniture || panel.has(block) || SENTENCE.test(block.text) || grammar.listItemLine.test(block.text)) continue;
    // A title line may end with the document's 文号 in brackets: no part of the title.
    const text = withoutTitledNumber(undecorated(block.text, grammar), grammar);
    if (text.length > grammar.maxTitle) continue;
    // A rule or a bare number (`---`, `- 2 -`) is no title and no piece of one.
    if (!HAN.test(block.text)) continue;
    if (grammar.navigation.test(block.text) || NAVIGATION_SEPARATOR.test(block.raw)) continue;
    if (grammar.attachmentLabel.test(block.text) || grammar.asideLine.test(block.text)) continue;
    const next = blocks[i + 1];
    // `…发展规划` over `（2021—2025年）`: the bracketed period or 试行 on the next line ends the title.
    if (next && i + 1 < to && !next.furniture && grammar.titleTail.test(next.text.normalize('NFKC')) && !notTitle(block.text, grammar)) {
      out.push({ text: undecorated(block.text, grammar) + next.text, last: i + 1 });
      continue;
    }
    out.push({ text, last: i });
    out.push(...brokenTitles(blocks, i, to, grammar, panel));
  }
  return out;
}

/** The draft a public consultation asks comments on (`关于公开征求《…（征求意见稿）》意见的公告` → …（征求意见稿）), with the
 *  draft's mark written after the book-title marks (`关于《…规划》（公示稿）的公示` → …规划（公示稿）: group `mark`). */
function consultedDraft(title: string, grammar: MetaGrammar): string | null {
  for (const re of grammar.noticeConsultation) {
    const groups = re.exec(title)?.groups;
    const name = groups?.name?.trim();
    if (name) return name + (groups?.mark ?? '');
  }
  return null;
}

/** A title that wraps a document: a notice (…的通知), or a consultation on a draft. */
const wrapsDocument = (title: string, grammar: MetaGrammar): boolean => grammar.noticeEnd.test(title) || consultedDraft(title, grammar) !== null;

/** Whether a notice prints a plan: the document it names (through the notices it forwards) has a plan's title. */
function printsPlan(notice: string, grammar: MetaGrammar): boolean {
  let plan = noticedPlan(notice, grammar);
  for (let depth = 0; plan && grammar.noticeEnd.test(plan) && depth < MAX_FORWARDS; depth++) plan = noticedPlan(plan, grammar);
  // (a forwarded notice names the plan in 〈〉, which noticedPlan leaves on it)
  return plan !== null && grammar.planTitle.test(plan.replace(/^[〈《]|[〉》]$/gu, ''));
}

/** A plan title after the signature that follows block `after`, with a 文号 line right above or below it
 *  (GB/T 9704 sets it above the title, a 公报 under it): a plan printed as a document of its own. */
function numberedPlanAfter(doc: MetaDoc, cands: readonly Candidate[], after: number, grammar: MetaGrammar): Candidate | null {
  const signature = findSignature(doc, grammar, after + 1);
  if (!signature) return null;
  const numbered = (i: number): boolean => {
    const block = doc.blocks[i];
    return block !== undefined && !block.furniture && docNumberOnly(block.text, grammar) !== null;
  };
  return (
    cands.find(
      (c) => c.last > signature.last && grammar.planTitle.test(c.text) && !wrapsDocument(c.text, grammar) && (numbered(c.last + 1) || numbered(firstBlock(c, doc) - 1)),
    ) ?? null
  );
}

/** The index of a candidate's first block (a title set over several lines starts above its last). */
function firstBlock(c: Candidate, doc: MetaDoc): number {
  let i = c.last;
  let length = (doc.blocks[i] as MetaBlock).text.length;
  while (i > 0 && length < c.text.length) length += (doc.blocks[--i] as MetaBlock).text.length;
  return i;
}

/** Notices passed on inside one another (转发《…转发〈…〉的通知》的通知) are never this deep. */
const MAX_FORWARDS = 4;

/** The plan a notice 印发s: `…关于印发《2020年全市卫生健康工作要点》的通知` → 2020年全市卫生健康工作要点;
 *  also a notice that names the plan in book-title marks with its verb left out
 *  (`关于《…工作指导方案》的通知`), and the draft a consultation publishes. */
export function noticedPlan(notice: string, grammar: MetaGrammar): string | null {
  const draft = consultedDraft(notice, grammar);
  if (draft) return draft;
  const end = grammar.noticeEnd.exec(notice);
  if (!end) return null;
  let rest = notice.slice(0, end.index);
  const about = rest.indexOf('关于');
  if (about >= 0) rest = rest.slice(about + 2);
  // A name in book-title marks; a forwarded notice's name holds the plan's own marks, as 〈〉 or
  // (written loosely) as 《》 again: `转发《某省…关于印发〈…〉的通知》`.
  const quoted = (s: string): string | undefined =>
    /^《(?<name>[^《》]+)》$/u.exec(s.trim())?.groups?.name ?? /^《(?<name>.+的(?:通知|通报))》$/u.exec(s.trim())?.groups?.name;
  const verb = grammar.noticeVerbs.find((v) => rest.startsWith(v) || (about < 0 && rest.includes(v)));
  if (!verb) return about >= 0 ? (quoted(rest)?.trim() ?? null) : null;
  rest = rest.slice(rest.indexOf(verb) + verb.length);
  return (quoted(rest) ?? rest).trim() || null;
}

/**
 * The notice that prints the plan. A 转发 notice passes on another organ's notice
 * (`某市卫生健康委员会关于转发《某省卫生健康委员会关于印发〈某省2024年…工作要点〉的通知》的通知`): the
 * plan is the one that notice 印发s, and that notice, where the text carries its own title line
 * below, is the plan's (`forwarded`); where it does not, the forwarding notice is the only notice
 * the text has. Else the notice itself.
 */
function forwardedNotice(notice: Candidate, cands: readonly Candidate[], grammar: MetaGrammar): { notice: Candidate; plan: string | null; forwarded: boolean } {
  let current = notice;
  let plan = noticedPlan(notice.text, grammar);
  let forwarded = false;
  while (plan && grammar.noticeEnd.test(plan)) {
    const inner = noticedPlan(plan, grammar);
    if (!inner) break;
    const name = plan;
    const line = cands.find((c) => c.last > current.last && sameNotice(c.text, name));
    // Without the forwarded notice's own lines the forwarding notice is the only one the text has.
    if (line) {
      current = line;
      forwarded = true;
    }
    plan = inner;
  }
  return { notice: current, plan, forwarded };
}

/** Whether two notice titles name the same notice: the same words, or the same 关于… (a citing
 *  title shortens the organ: 省卫生健康委关于… for 某省卫生健康委员会关于…). */
function sameNotice(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  const about = (k: string): string | null => (k.includes('关于') ? k.slice(k.indexOf('关于')) : null);
  const [aa, ab] = [about(ka), about(kb)];
  return aa !== null && aa === ab;
}

/** Whether a notice title 转发s the document `name` (not 印发s or 批转s it: a 批转 adopts it). */
function forwardsName(notice: string, name: string): boolean {
  const bare = (s: string): string => s.replace(/[《》〈〉\s]/gu, '');
  return bare(notice).includes(`转发${bare(name)}`);
}

/** The first block of the notice whose title ends at blocks[title]: GB/T 9704 sets the 版头 (…文件)
 *  and the 发文字号 above the title, so lines above it that are a red header or a 文号 are its own
 *  (not above block `after`). */
function noticeHead(doc: MetaDoc, title: number, after: number, grammar: MetaGrammar): number {
  let at = title;
  // (a title set over several lines starts above its last block)
  while (at - 1 > after && !isHeadPart(doc.blocks[at - 1] as MetaBlock, grammar) && brokenTitlePart(doc.blocks[at - 1] as MetaBlock, grammar)) at--;
  while (at - 1 > after && isHeadPart(doc.blocks[at - 1] as MetaBlock, grammar)) at--;
  return at;
}

const isHeadPart = (block: MetaBlock, grammar: MetaGrammar): boolean =>
  !block.furniture && (grammar.redHeader.test(block.text) || docNumberOnly(block.text, grammar) !== null);

const brokenTitlePart = (block: MetaBlock, grammar: MetaGrammar): boolean => !block.furniture && !notTitle(block.text, grammar);

/** Plans that head lines 印发 without being a notice title, in document order: a headline
 *  (`中共中央 国务院印发《“健康中国2030”规划纲要》`) or the notice's sentence (`现将《…》印发给你们`). */
function printedPlans(head: readonly MetaBlock[], grammar: MetaGrammar): Candidate[] {
  const out: Candidate[] = [];
  // The head is the first blocks of the document: an index in it is an index in MetaDoc.blocks.
  head.forEach((block, i) => {
    if (block.furniture) return;
    for (const re of grammar.printedPlan) {
      const name = re.exec(block.text)?.groups?.name?.trim();
      if (name && grammar.planTitle.test(name)) out.push({ text: name, last: i });
    }
  });
  return out;
}

/** The plan's own title line after block `after`: a line that reads as one of the plan's names
 *  (the notice's, the one its sentence prints), first in the head (also any plan-title line
 *  there: a notice may name the plan loosely), then anywhere below (a notice with numbered
 *  sections of its own puts the plan below its outline). */
function planLine(doc: MetaDoc, head: readonly Candidate[], headEnd: number, after: number, names: readonly string[], grammar: MetaGrammar): Candidate | null {
  const keys = names.map(key);
  const same = (c: Candidate): boolean => keys.includes(key(c.text));
  const similar = (c: Candidate): boolean =>
    grammar.planTitle.test(c.text) && keys.some((k) => key(c.text).startsWith(k) || k.startsWith(key(c.text)));
  const inHead = head.filter((c) => c.last > after);
  const found = inHead.find(same) ?? inHead.find(similar) ?? inHead.find((c) => grammar.planTitle.test(c.text));
  if (found) return found;
  const below = candidates(doc.blocks, Math.max(after + 1, headEnd), doc.blocks.length, grammar);
  return below.find(same) ?? below.find(similar) ?? null;
}

/** The title run into the first sentence of a text whose line breaks were lost: the head's first
 *  text stands on the same line as the first section of the outline. */
function runTogetherTitle(doc: MetaDoc, head: readonly MetaBlock[], grammar: MetaGrammar): Candidate | null {
  // (past the crumbs of a breadcrumb that a page which lost its line breaks still shows: 首页 / 政务公开)
  const at = head.findIndex((b) => !b.furniture && !grammar.navigation.test(b.text));
  const first = head[at];
  const body = doc.blocks[doc.bodyStart];
  if (!first || !body || body.line !== first.line) return null;
  const title = grammar.runTogetherTitle.exec(first.text)?.[0];
  return title ? { text: title, last: at } : null;
}

/**
 * The document's own title line right under a page's publish bar (发布时间 / 来源 / 浏览次数): a
 * portal heads the page with the title its article list gives the document (`2024年某市政府工作报告`)
 * and prints the bar under it; the text copied below the bar opens with the title as the document
 * writes it (`政府工作报告`), which is the title. Only a plan-like title line that comes before any
 * sentence below the bar counts; null when the bar has none under it.
 */
function ownTitleBelowBar(doc: MetaDoc, cands: readonly Candidate[], fields: readonly LabelledField[], grammar: MetaGrammar): Candidate | null {
  let bar = -1;
  for (const f of fields) if (f.kind === 'publish') bar = Math.max(bar, doc.blocks.indexOf(f.block));
  if (bar < 0) return null;
  const sentence = doc.blocks.findIndex((b, i) => i > bar && !b.furniture && SENTENCE.test(b.text));
  const end = sentence < 0 ? doc.blocks.length : sentence;
  // Only when a title stands above the bar too: else the first plan-like line is found anyway.
  if (!cands.some((c) => c.last < bar && grammar.planTitle.test(c.text))) return null;
  return cands.find((c) => c.last > bar && c.last < end && grammar.planTitle.test(c.text)) ?? null;
}

/** GB/T 9704-2012 10.3: the 纪要标志 (`某县人民政府常务会议纪要`) heads every issue of a series of minutes, as a red header heads a
 *  文件; an issue's own title (`某县十七届人民政府第十二次常务会议纪要`) stands below it in the head. A 纪要 line with another 纪要
 *  title below it is that header: the title is the one below. */
function pastMinutesHeader(c: Candidate, cands: readonly Candidate[], grammar: MetaGrammar): Candidate {
  if (!grammar.minutesTitle.test(c.text)) return c;
  return cands.find((d) => d.last > c.last && grammar.minutesTitle.test(d.text) && grammar.planTitle.test(d.text)) ?? c;
}

/** The document's title (see TitleInfo): the words of the line found, without an attachment label
 *  before them or book-title marks around them (grammar `titleLine`). */
export function findTitle(doc: MetaDoc, fields: readonly LabelledField[], grammar: MetaGrammar): TitleInfo {
  const found = findTitleLine(doc, fields, grammar);
  const own = found.title === null ? null : (grammar.titleLine.exec(found.title)?.groups?.title ?? found.title);
  return { ...found, title: own };
}

function findTitleLine(doc: MetaDoc, fields: readonly LabelledField[], grammar: MetaGrammar): TitleInfo {
  const head = headBlocks(doc);
  // Lines of a metadata panel (`标题: …`, `发文字号: …`) are the page's, not the document's lines.
  const cands = candidates(doc.blocks, 0, head.length, grammar, new Set(fields.flatMap((f) => (f.more ? [f.block, f.more] : [f.block]))));
  const isTitleLike = (t: string): boolean => grammar.planTitle.test(t);
  // The page's 标题 field stands in for a notice title the copied text lost.
  const panelTitle = fields.find((f) => f.kind === 'title' && f.text.length <= grammar.maxTitle);
  const panel = panelTitle ? { text: panelTitle.text, last: doc.blocks.indexOf(panelTitle.block) } : undefined;
  // A text that holds several documents (an issue of a 政府公报, documents printed one after another) is
  // about the plan one of them prints: that notice before a first one that prints none (a 通知 that
  // publishes a list, a 复函).
  const notices = cands.filter((c) => wrapsDocument(c.text, grammar));
  const notice = notices.find((c) => printsPlan(c.text, grammar)) ?? notices[0] ?? (panel && wrapsDocument(panel.text, grammar) ? panel : undefined);
  // …and where no notice prints one, about a plan printed as a document of its own after the notice's
  // signature: a plan title with its own 文号 beside it (an attachment has none).
  const ownPlan = notice && !printsPlan(notice.text, grammar) ? numberedPlanAfter(doc, cands, notice.last, grammar) : null;
  if (ownPlan) return { title: ownPlan.text, noticeTitle: null, at: ownPlan.last, named: false, first: ownPlan.last, own: -1 };
  if (notice) {
    const { notice: own, plan, forwarded } = forwardedNotice(notice, cands, grammar);
    const first = own.last;
    const ownAt = forwarded ? noticeHead(doc, own.last, notice.last, grammar) : -1;
    if (!plan) return { title: own.text, noticeTitle: own.text, at: own.last, named: false, first, own: ownAt };
    const printed = printedPlans(head, grammar).filter((c) => c.last > own.last);
    const line = planLine(doc, cands, head.length, own.last, [plan, ...printed.map((c) => c.text)], grammar);
    // A 转发 notice that passes on a document another organ signed (关于转发《某省…实施意见》的通知,
    // the 意见 printed below with its own 落款): that document's 文号, 主送, signature and date are
    // the plan's, as a forwarded notice's are.
    if (!forwarded && line && forwardsName(own.text, plan) && findSignature(doc, grammar, line.last + 1)) {
      return { title: line.text, noticeTitle: own.text, at: line.last, named: false, first: line.last, own: noticeHead(doc, line.last, own.last, grammar) };
    }
    return { title: line?.text ?? plan, noticeTitle: own.text, at: (line ?? own).last, named: !line, first, own: ownAt };
  }
  const titleLike = cands.find((c) => isTitleLike(c.text));
  const plan = ownTitleBelowBar(doc, cands, fields, grammar) ?? (titleLike && pastMinutesHeader(titleLike, cands, grammar)) ?? (panel && isTitleLike(panel.text) ? panel : undefined);
  // A notice whose title was not copied keeps its 主送 above the plan title: look from the top.
  if (plan) return { title: plan.text, noticeTitle: null, at: plan.last, named: false, first: -1, own: -1 };
  // A 政策解读 or 答记者问 of a plan it does not print (grammar interpretationTitle) is a document of its own, not the plan its lead
  // says was 印发ed.
  const explained = grammar.interpretationTitle ? cands.find((c) => grammar.interpretationTitle?.test(c.text)) : undefined;
  if (explained) return { title: explained.text, noticeTitle: null, at: explained.last, named: false, first: -1, own: -1 };
  const [printed] = printedPlans(head, grammar);
  if (printed) {
    const line = planLine(doc, cands, head.length, printed.last, [printed.text], grammar);
    return { title: line?.text ?? printed.text, noticeTitle: null, at: (line ?? printed).last, named: !line, first: -1, own: -1 };
  }
  // A short first line that is not a header, a 文号, a date or a signature.
  const plain = cands.find((c) => c.text.length <= 50 && !notTitle(c.text, grammar));
  if (plain) return { title: plain.text, noticeTitle: null, at: plain.last, named: false, first: -1, own: -1 };
  const runOn = runTogetherTitle(doc, head, grammar);
  if (runOn) return { title: runOn.text, noticeTitle: null, at: runOn.last, named: false, first: -1, own: -1 };
  // The page's <title>: `2023年宝山区卫生健康工作要点_规划计划_上海市宝山区人民政府门户网站`.
  for (const block of head.slice(0, 3)) {
    if (!block.furniture) continue;
    const first = block.text.split(/[-_|｜]/u)[0] ?? '';
    if (isTitleLike(first)) return { title: first, noticeTitle: null, at: -1, named: false, first: -1, own: -1 };
  }
  return { title: null, noticeTitle: null, at: -1, named: false, first: -1, own: -1 };
}
