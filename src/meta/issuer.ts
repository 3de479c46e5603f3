// issuer: the issuing body as the document writes it: the signature, the red header (版头
// `XXX文件`), the organ a notice or plan title starts with, or the page's 机构名称/信息来源 where
// the document itself names that body in full.
import type { MetaGrammar } from '../grammar/meta.js';
import { headBlocks, undecorated, type MetaBlock, type MetaDoc } from './doc.js';
import type { LabelledField } from './fields.js';
import { isOrgan, signedOrgans, type Signature } from './signature.js';
import { divisionIndex } from './divisions.js';
import { congressPlace } from './written-place.js';
import { han } from '../text/han.js';

/** The organ of a red header: `贵阳市卫生健康局文件` → 贵阳市卫生健康局; or of an order's header:
 *  `某市人民政府令` → 某市人民政府. */
export function redHeaderOrgan(doc: MetaDoc, grammar: MetaGrammar): string | null {
  for (const block of headBlocks(doc).filter((b) => !b.furniture).slice(0, 5)) {
    for (const header of [grammar.redHeader, grammar.orderHeader]) {
      const organ = header.exec(block.text)?.groups?.organ;
      if (organ && isOrgan(organ, grammar)) return organ;
    }
  }
  return null;
}

/** The organ a title starts with, when it is followed by 关于/印发, a year, or a quoted name:
 *  `厦门市翔安区卫生健康局2024年工作计划`, `国务院办公厅关于…`; or by 工作报告 alone, the report a body makes to a congress
 *  session in its own name (`某市中级人民法院工作报告`, `某县人民检察院工作报告`), but not a government's (政府工作报告 is
 *  delivered on behalf of a 人民政府 the title does not spell out: see onBehalfOf). */
export function leadingOrgan(title: string, grammar: MetaGrammar): string | null {
  const stop = /^(?:关于|印发|转发|下发|[0-9０-９〇二]|[《“"]|$)/u;
  for (let end = 2; end <= Math.min(title.length, 40); end++) {
    const head = title.slice(0, end);
    if (!grammar.organEnd.test(head)) continue;
    const rest = title.slice(end);
    if ((stop.test(rest) || (rest === SESSION_REPORT && !GOVERNMENT_WORD.test(head))) && isOrgan(head, grammar)) return head;
  }
  return null;
}

/** The genre word of a body's report to a congress session, written right after the body's name. */
const SESSION_REPORT = '工作报告';
/** A government named in any form (政府, 县政府, 某县人民政府). */
const GOVERNMENT_WORD = /政府$/u;

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/卫健委$/u, '卫生健康委员会'],
  [/委$/u, '委员会'],
];

/**
 * A metadata panel's short name (`区卫生健康委`) expanded to the full name the document itself
 * uses (`上海市宝山区卫生健康委员会`): the longest of the document's organ names (`candidates`:
 * signature lines, red header, organs titles start with) that ends with the short name's organ
 * (or its written-out form) and whose place part ends with the short name's place word. Null when
 * the document names it nowhere in full.
 */
export function expandOrgan(short: string, candidates: readonly string[]): string | null {
  const parts = PLACE_AND_ORGAN.exec(short)?.groups;
  const organ = parts?.organ ?? short;
  const placeWord = parts?.place;
  const forms = new Set([organ]);
  for (const [re, full] of ABBREVIATIONS) if (re.test(organ)) forms.add(organ.replace(re, full));
  let best: string | null = null;
  for (const candidate of candidates) {
    for (const form of forms) {
      if (!candidate.endsWith(form) || candidate.length <= form.length) continue;
      const place = candidate.slice(0, candidate.length - form.length);
      if (placeWord && !place.endsWith(placeWord.slice(-1))) continue;
      if (!placeWord && !/[省市区县州旗盟]$/u.test(place)) continue;
      if (!best || candidate.length > best.length) best = candidate;
    }
  }
  return best;
}

/** Organ names the document writes out: organ-only lines and the organs head lines start with. */
export function organNames(doc: MetaDoc, grammar: MetaGrammar): string[] {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.furniture) continue;
    if (isOrgan(block.text, grammar)) out.push(block.text);
    const header = grammar.redHeader.exec(block.text)?.groups?.organ;
    if (header && isOrgan(header, grammar)) out.push(header);
  }
  for (const block of headBlocks(doc)) {
    // Page furniture is no writing of the document: a WeChat post line (`原创 某某 某县林业局 2026年02月24日 09:12`) runs
    // the editor's and the account's names into one "organ" before its date.
    if (block.furniture) continue;
    // (a title framed by emoji starts with its organ past them: `🌸 某市妇联2027年工作要点 🌸`)
    const organ = leadingOrgan(undecorated(block.text, grammar), grammar);
    if (organ) out.push(organ);
  }
  return out;
}

/** An organ named by its level alone (市卫健委, 区教育局), not by its place. */
const SHORT_ORGAN = han(/^[省市区县州旗]\p{Script=Han}/u);
/** An organ's name parted into the place it opens with and the rest. */
const PLACE_AND_ORGAN = han(/^(?<place>\p{Script=Han}*?[省市区县州旗])?(?<organ>.+)$/u);
/** The divisions a township's name opens with, before its own name of two characters or more (湖州市德清县 before 新市镇). */
const PLACES_BEFORE = han(/^(?:\p{Script=Han}{2,}?[省市县区旗])+(?=\p{Script=Han}{2,}$)/u);

/** Organs a head line of page furniture holds among other words, parted by spaces: the account of a WeChat post line
 *  (`原创 某某卫健 某市卫生健康委员会 2026年04月08日 17:30`). Used only to write out a short name in full. */
function furnitureOrgans(doc: MetaDoc, grammar: MetaGrammar): string[] {
  const out: string[] = [];
  for (const block of headBlocks(doc)) {
    if (!block.furniture) continue;
    for (const word of block.raw.normalize('NFKC').split(/\s+/u)) if (word.length >= 4 && isOrgan(word, grammar)) out.push(word);
  }
  return out;
}

/** A short name written out as the document or its page's head names the body in full (see expandOrgan). */
function inFull(short: string, doc: MetaDoc, grammar: MetaGrammar): string | null {
  return expandOrgan(short, [...organNames(doc, grammar), ...furnitureOrgans(doc, grammar)]);
}

/** The organ(s) a page's panel names (`发文机关：中共中央 国务院`, `来源：区卫生健康委`): the issuer
 *  only where the document names none itself (see findIssuer, onBehalfOf). */
export function panelOrgan(fields: readonly LabelledField[], grammar: MetaGrammar): string | null {
  for (const f of fields) {
    if (f.kind !== 'organ') continue;
    if (isOrgan(f.text.replace(/\s+/gu, ''), grammar)) return signedOrgans(f.text, grammar);
    if (isOrgan(f.value, grammar)) return f.value;
  }
  return null;
}

export interface IssuerInput {
  doc: MetaDoc;
  fields: readonly LabelledField[];
  noticeTitle: string | null;
  title: string | null;
  /** Index (in MetaDoc.blocks) of the title's last block, -1 when it comes from no line. */
  titleAt?: number;
  signature: Signature | null;
}

/** The body a plan's cover names under its title (`某县卫生健康局` over `二〇二二年六月`): an organ line
 *  right below the title with a cover date (grammar `coverDate`) right below it; an editor's mark
 *  between title and organ (`（节选）`, grammar `editorMark`) is passed over. A joint plan's cover sets
 *  its bodies one a line (`某省发展和改革委员会` / `某省自然资源厅` over the date): the organs, space-separated. */
function coverOrgan(doc: MetaDoc, titleAt: number, grammar: MetaGrammar): string | null {
  if (titleAt < 0) return null;
  const mark = doc.blocks[titleAt + 1];
  const at = mark && !mark.furniture && grammar.editorMark.test(mark.text.normalize('NFKC').replace(/\s+/gu, '')) ? titleAt + 2 : titleAt + 1;
  const inline = organAndDate(doc.blocks[at], grammar);
  if (inline) return inline;
  const organs: string[] = [];
  let k = at;
  for (; organs.length < MAX_COVER_ORGANS; k++) {
    const organ = doc.blocks[k];
    if (!organ || organ.furniture) break;
    if (!isOrgan(organ.text, grammar)) {
      // A speech's byline (某市人民政府副市长　某某) over its date: the speaker's organ, alone.
      const byline = k === at ? bylineOrgan(organ, grammar) : null;
      if (byline) {
        organs.push(byline);
        k++;
      }
      break;
    }
    organs.push(signedOrgans(organ.raw, grammar));
  }
  const date = doc.blocks[k];
  if (organs.length === 0 || !date || date.furniture) return null;
  const below = date.text.normalize('NFKC');
  if (!(grammar.coverDate.test(below) || grammar.coverBodyStart?.test(below))) return null;
  return organs.join(' ');
}

/** A government's own name (某市人民政府, 国务院), not one of its departments. */
const GOVERNMENT = /(?:人民政府|国务院)$/u;

/** The organ a speech's byline names (`某市人民政府副市长　某某`: grammar bylineLine), when it is an organ's name. */
function bylineOrgan(block: MetaBlock, grammar: MetaGrammar): string | null {
  const organ = grammar.bylineLine?.exec(block.raw.normalize('NFKC').trim())?.groups?.organ;
  return organ && isOrgan(organ, grammar) ? organ : null;
}

/** A cover's bodies and date set on one line (`某市生态环境局　某市发展和改革委员会　2025年12月`, as a page or a flattened
 *  PDF prints the cover): the organs before the date, space-separated; null when the line is anything else. */
function organAndDate(block: MetaBlock | undefined, grammar: MetaGrammar): string | null {
  if (!block || block.furniture) return null;
  const parts = COVER_LINE.exec(block.raw.normalize('NFKC').trim());
  if (!parts || !grammar.coverDate.test(parts[2] as string)) return null;
  const organs = parts[1] as string;
  return isOrgan(organs.replace(/\s+/gu, ''), grammar) ? signedOrgans(organs, grammar) : null;
}

/** Text, white space, then what may be a date (a year of four digits or Chinese numerals). */
const COVER_LINE = /^(\S.*?)\s+((?:19|20)\d{2}\s*年.*|[〇○零一二三四五六七八九]{4}\s*年.*)$/u;

/** Organ lines a joint plan's cover sets one under another. */
const MAX_COVER_ORGANS = 4;

/** The issuer the document names: its signature, red header, panel (a name the document writes
 *  out in full), title or 印发 line; null when it names none (the panel's own short name is a
 *  last resort, after the body a report speaks for: see panelOrgan, onBehalfOf). */
export function findIssuer(input: IssuerInput, grammar: MetaGrammar): string | null {
  const { doc, fields, noticeTitle, title, signature, titleAt = -1 } = input;
  if (signature) return signature.organ;
  const header = redHeaderOrgan(doc, grammar);
  if (header) return header;
  const panel = panelOrgan(fields, grammar);
  const expanded = panel ? inFull(panel, doc, grammar) : null;
  if (expanded) return expanded;
  for (const t of [noticeTitle, title]) {
    const organ = t ? leadingOrgan(t, grammar) : null;
    if (organ) return organ;
  }
  // A head line that announces the plan: `中共中央 国务院印发《“健康中国2030”规划纲要》`, also after the
  // time words of a news lead (`近日，某县卫生健康局印发《…》`); the organs as written, a joint issue's
  // separated by a space.
  const lead = (text: string): string => (grammar.newsLead ? text.replace(grammar.newsLead, '') : text);
  // The announcing sentence opens its paragraph; the editor's words may follow it there (…印发《…》。这份“任务书”明确了…).
  const firstSentence = (text: string): string => text.split(/[。！!]/u, 1)[0] ?? text;
  // A 政策解读 or 答记者问 (grammar interpretationTitle) announces in its lead the plan an organ 印发ed: the page's own organ is
  // the one its panel names (来源：…), the lead's only where the page names none (a department explaining its own plan).
  if (title !== null && grammar.interpretationTitle?.test(title) === true) {
    const source = panelOrgan(fields, grammar);
    if (source) return inFull(source, doc, grammar) ?? source;
  }
  for (const block of headBlocks(doc)) {
    const sentence = firstSentence(block.text);
    if (block.furniture || sentence.length > 80 || !/印发|发布/u.test(sentence)) continue;
    const organ = leadingOrgan(lead(sentence), grammar);
    const written = lead(firstSentence(block.raw.normalize('NFKC').trim())).split(/印发|发布/u)[0] ?? '';
    if (!organ) continue;
    // A post's lead names its body short (市卫健委印发《…》); the name in full is the account's, on the post line above.
    const full = SHORT_ORGAN.test(organ) ? inFull(organ, doc, grammar) : null;
    if (full) return full;
    return written.replace(/\s+/gu, '') === organ ? signedOrgans(written, grammar) : organ;
  }
  return coverOrgan(doc, titleAt, grammar);
}

/**
 * The 人民政府 a speaker line head[k] names (`某区人民政府区长　某某`). The body alone on its line counts only right under the
 * subtitle (`——2026年1月9日在…会议上` / `某区人民政府`): above the title a portal or a paper prints its own name so.
 */
function speakerOrgan(head: readonly MetaBlock[], k: number, grammar: MetaGrammar): string | undefined {
  const line = (head[k] as MetaBlock).raw.trim();
  const organ = grammar.speakerLine.exec(line)?.groups?.organ;
  if (!organ || line !== organ) return organ;
  const above = head[k - 1];
  return above && grammar.subtitleLine.test(above.raw.trim()) ? organ : undefined;
}

/**
 * The issuer of a report nobody signs: a 政府工作报告 is delivered `on behalf of` its government
 * (`我代表省人民政府，向大会报告工作`), so its issuer is that 人民政府 as the speaker line above
 * names it (`某区人民政府区长　某某`), else the 人民政府 of the place it covers (`广东省人民政府`), or
 * 国务院 itself.
 */
export function onBehalfOf(doc: MetaDoc, region: string | null, grammar: MetaGrammar): string | null {
  const head = headBlocks(doc).filter((b) => !b.furniture);
  for (const [i, block] of head.entries()) {
    const organ = grammar.onBehalfOf.exec(block.text)?.groups?.organ;
    if (!organ) continue;
    if (grammar.national.organs.some((re) => re.test(organ))) return organ;
    // A department's head delivers the government's 计划报告 or 预算报告 on its behalf (`某市财政局局长　某某` over 受市人民政府委托):
    // the report is that department's, as its byline names it; a byline in the government itself (`某市人民政府副市长　某某`) is
    // the speaker line below.
    const department = head.slice(0, i).map((b) => bylineOrgan(b, grammar)).find((o) => o !== null && !GOVERNMENT.test(o));
    if (department) return department;
    const spoken = head.slice(0, i).map((_, k) => speakerOrgan(head, k, grammar)).find(Boolean);
    if (spoken) return spoken;
    // 代表镇人民政府 in a town's report: the region (if any) is the county's, so the town is the speaker's place, or the place of
    // the congress the subtitle names (——…在某镇第十八届人民代表大会…) when the speaker line gives the office alone (镇长　某某).
    const level = /^本?([省市县区州旗盟镇乡])人民政府$/u.exec(organ)?.[1];
    if (level && !region?.endsWith(level)) {
      const speakers = head.slice(0, i).map((b) => grammar.speakerPlace.exec(b.raw.trim())?.groups).filter((g) => g !== undefined);
      const place = speakers.length > 0 ? speakers.find((g) => g?.level === level)?.place : ownPlace(head.slice(0, i).map((b) => congressPlace(b.raw, grammar)).find((p) => p.endsWith(level)), grammar);
      return place ? place + '人民政府' : null;
    }
    if (!region || region === grammar.national.name) return null;
    // A government is named by its own place alone (修水县人民政府, 平桥区人民政府), also where the region is written with
    // its city (九江市修水县): the region's last division, when it is of the level the report speaks for.
    const own = level ? lastDivision(region, grammar) : null;
    return (own && own.endsWith(level as string) ? own : region) + organ.replace(/^[^人]*(?=人民政府)/u, '');
  }
  return null;
}

/**
 * The body whose head delivers a report to a congress or its standing committee under the report's subtitle (`——2026年10月28日在
 * 某市…常务委员会第二十九次会议上` over `某市人大常委会…委员会主任　某某`, `某市卫生健康委员会主任　某某`): with no signature and no
 * government it speaks for, the report is that body's, as its byline names it (a 调研报告, 执法检查报告 or 专项工作报告 is delivered
 * by the committee or department that made it). A government's own byline is onBehalfOf's.
 */
export function deliveredBy(doc: MetaDoc, grammar: MetaGrammar): string | null {
  const head = headBlocks(doc).filter((b) => !b.furniture);
  for (let k = 1; k < head.length; k++) {
    if (!grammar.subtitleLine.test((head[k - 1] as MetaBlock).raw.trim())) continue;
    const organ = bylineOrgan(head[k] as MetaBlock, grammar);
    // A government's byline (`某县人民政府县长　某某`) where the text has no 我代表… sentence for onBehalfOf (a report's 卫生健康部分
    // or 摘要 printed without its opening): the speaker line names the government the report is delivered for.
    if (organ !== null && GOVERNMENT.test(organ)) return speakerOrgan(head, k, grammar) ?? null;
    return organ;
  }
  return null;
}

/** A township named after its county (攸县皇图岭镇 → 皇图岭镇, 湖州市德清县新市镇 → 新市镇): a government is named by its own place,
 *  without the divisions the dataset knows before it, or a county's name of two characters or more the dataset lacks (某某县). */
function ownPlace(place: string | undefined, grammar: MetaGrammar): string | undefined {
  if (place === undefined) return undefined;
  const index = divisionIndex(grammar.notPlaces);
  let own = place;
  for (let k = 2; k <= own.length - 2; k++) {
    if (!index.byName.get(own.slice(0, k))) continue;
    own = own.slice(k);
    k = 1;
  }
  return own.replace(PLACES_BEFORE, '');
}

/** The last division of a region written with its parents (九江市修水县 → 修水县, 济南市市中区 → 市中区): the shortest tail the
 *  divisions dataset names whose head it names too; the region itself when it is one division or not in the dataset. */
export function lastDivision(region: string, grammar: MetaGrammar): string {
  const index = divisionIndex(grammar.notPlaces);
  for (let k = 2; k <= region.length - 2; k++) if (index.byName.get(region.slice(0, k)) && index.byName.get(region.slice(k))) return region.slice(k);
  return region;
}
