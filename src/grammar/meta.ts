// The metadata grammar (grammars/meta.yaml): its zod schema and the compiled form the meta stage
// uses.
import { compilePattern } from './load.js';
import { escapeRegExp as escape } from './common.js';
import type { PeriodGrammar } from './periods.js';
import type { MetaGrammarSource } from './schemas.js';

export type { MetaGrammarSource };


export type LabelKind = 'publish' | 'issue' | 'ignore' | 'docNumber' | 'organ' | 'title';

export interface LabelSet {
  /** Matches `label[:：]? value` anywhere in a raw line; groups `label` and `value`. */
  pattern: RegExp;
  /** For each first character, `pattern` made sticky and cut to the labels that start with it (in
   *  the same order): a label is tried only where its first character stands, against its own
   *  alternatives, not all of them. */
  byFirstChar: ReadonlyMap<string, RegExp>;
  kindOf(label: string): LabelKind;
}

export interface Period {
  names: string[];
  years: [number, number];
}

export interface MetaGrammar {
  /** Longest first. */
  organSuffixes: string[];
  /** `(?:suffix|…)$`, or the same with a second name in brackets after it (grammar organSecondName: `…局（县…局）`). */
  organEnd: RegExp;
  redHeader: RegExp;
  /** The 发文机关标志 of an order: `某市人民政府令` (group `organ`). */
  orderHeader: RegExp;
  /** The 令号 line under an order's header (`第9号`), if the grammar has one. */
  orderNumber: RegExp | undefined;
  noticeEnd: RegExp;
  /** 关于 + a notice verb (关于印发): a title holding it is open until noticeEnd closes it. */
  noticeOpen: RegExp;
  noticeVerbs: string[];
  /** The title of a public consultation on a draft (关于公开征求《…》意见的公告): group `name` is the draft's. */
  noticeConsultation: RegExp[];
  docNumber: RegExp;
  docNumberTail: RegExp;
  /** A bracketed 文号 ending a title line (group `number`). */
  titleNumber: RegExp;
  /** A 文号 ending a title line with no brackets (groups `organ`, `rest`). */
  titleNumberBare: RegExp;
  labels: LabelSet;
  viewDate: RegExp;
  /** After a date on a furniture line: the date an issue of a periodical was published (`…2026年3月5日出版`). */
  issuePublished: RegExp;
  dateLine: RegExp;
  /** The 印发 line of a 版记: the printing office, then the date and 印发 (grammars/meta.yaml imprintLine). */
  imprintLine: RegExp;
  deliveredDate: RegExp;
  congressPlace: RegExp;
  /** The government of a township (`某镇人民政府`, `某乡政府`): its place is below the region's grain. */
  townOrgan: RegExp;
  /** The county's leadership a township's text works under (`根据某县委、县政府部署`), group `place`. */
  superiorLeadership: RegExp;
  /** The county a township's plan cites as its basis (根据某县2027年重点工作安排): group `place`. */
  superiorBasis: RegExp;
  /** A county the dataset does not hold, named by a township as the leadership it works under (根据某县委、县政府): group `place`. */
  superiorCountyWritten: RegExp;
  /** A report's whole subtitle line (——…日在…会议上). */
  subtitleLine: RegExp;
  /** The 题注 of a document adopted at a meeting (group `date`). */
  approvedDate: RegExp;
  /** The date line of a plan's cover, the month alone or a full date. */
  coverDate: RegExp;
  /** The first heading of a plan's body (第一章, 一、): right below the organ under the title, it stands for the cover's date. */
  coverBodyStart: RegExp | undefined;
  /** An editor's mark alone on a line (`（节选）`, `（全文）`): what the page prints, not the document's words. */
  editorMark: RegExp;
  /** The date a rule takes effect (`自2025年7月1日起施行`, group `date`), or undefined. */
  effectiveDate: RegExp | undefined;
  onBehalfOf: RegExp;
  /** The time words a news lead opens with (`近日，`), or undefined. */
  newsLead: RegExp | undefined;
  interpretationTitle: RegExp | undefined;
  /** A report's speaker line that names its 人民政府 (group `organ`). */
  speakerLine: RegExp;
  /** A speech's byline under its title: organ, office and name (`某市人民政府副市长　某某`; group `organ`), or undefined. */
  bylineLine: RegExp | undefined;
  /** A speaker line that names a place and its head's office only (`某镇镇长　某某`; groups `place`, `level`). */
  speakerPlace: RegExp;
  /** A seal remark ending a signature line or standing alone under it (`（…代章）`), from its bracket (the white space before it goes with it). */
  sealRemark: RegExp;
  runOnLine: {
    minLength: number;
    shareLength: number;
    share: number;
    breaks: RegExp;
    /** A piece of a run-on line that opens with a publish panel's label (`发布时间：…`, `信息来源：…`): a line of its own, never
     *  the end of the title before it, as the breaks cut it off. */
    panelLine: RegExp;
  };
  attachmentLabel: RegExp;
  titleTail: RegExp;
  /** A title line's own words (group `title`). */
  titleLine: RegExp;
  asideLine: RegExp;
  /** A list item set off by a check mark (`✅森林覆盖率稳定在84%以上`): never (a piece of) a title. */
  listItemLine: RegExp;
  /** A 纪要 line: over another one in the head, the series' 纪要标志, not the title (grammar minutesTitle). */
  minutesTitle: RegExp;
  /** The 办理结果 category of a reply (A类): no title (grammar resultClass). */
  resultClass: RegExp;
  /** The emoji and symbols framing a title line (`🌸 …工作要点 🌸`), at its start or its end (global), or undefined. */
  titleDecoration: RegExp | undefined;
  /** The whole country, the organs and titles that name it, and the titles of national bodies' local branches (监管分局, 分行). */
  national: { name: string; code: string | null; organs: RegExp[]; titles: RegExp[]; branches: string[]; subsidiary: RegExp | undefined };
  campaign: RegExp[];
  levelWords: MetaGrammarSource['region']['levelWords'];
  notPlaces: RegExp[];
  /** Short forms of autonomous divisions: the full name's suffix and how the short form ends. */
  abbreviated: Array<{ suffix: string; written: string }>;
  /** A place written at the start of an organ's name or a title (group `place`), for places the dataset lacks. */
  writtenPlace: RegExp | undefined;
  /** An institution named after the city it stands in (group `place`: the city's short name, 赣州理工大学), for its region. */
  institutionPlace: RegExp | undefined;
  /** A development zone's organ named after its city's short name (某某高新技术产业开发区管理委员会): group `place`, the short name. */
  zonePlace: RegExp | undefined;
  /** An organ of its place's public service named after it (某某市中心医院, 某某县疾病预防控制中心): what follows the written place. */
  servesPlace: RegExp | undefined;
  /** A township health centre named after its town (某某镇卫生院, 某某乡中心卫生院): group `place`, the town. */
  townPlace: RegExp | undefined;
  /** Words that end like a division but name a kind of area (城市, 社区, 开发区). */
  notWritten: string[];
  /** Characters of a template's blank (某): a written place holding one is none. */
  placeholders: string[];
  /** Longest name first. */
  periods: Period[];
  /** The period grammar, with which the date scanner reads the full dates of a document's head and end (src/dates/full-dates.ts). */
  dates: PeriodGrammar;
  periodContext: RegExp;
  periodPhrase: RegExp;
  asOf: string[];
  /** Words before the date a document's rules lapse (有效期至…): no target year. */
  termOfForce: string[];
  yearRange: RegExp;
  singleYear: RegExp;
  /** `past`: a report on the year its title names, delivered after it; it plans for the year after (see findPlanYears). */
  kinds: Array<{ kind: string; pattern: RegExp; annual: boolean; period: boolean; yearly: boolean; past: boolean }>;
  printedPlan: RegExp[];
  planTitle: RegExp;
  maxTitle: number;
  /** How many lines a title set over several lines may take. */
  titleLines: number;
  /** A title's last line that is its genre word alone. */
  titleLastLine: RegExp;
  /** The start of a line that goes on the title above it (的, a closing mark). */
  titleContinuation: RegExp;
  /** The start of the line below an organ line that makes the two one title (关于, a year). */
  titleAfterOrgan: RegExp;
  /** A title that starts with its place's name (兰考县…), whole on its line. */
  placeFirst: RegExp;
  /** A title that names its year first (2021年…), opens with 关于, or is the report's name alone: whole on its line but under its organ. */
  ownLineTitle: RegExp;
  /** The end of a line that leaves a title open for the line below (关于, 印发). */
  titleLeftOpen: RegExp;
  /** The title at the start of a text whose line breaks were lost (sticky at 0). */
  runTogetherTitle: RegExp;
  navigation: RegExp;
  addresseeStarts: string[];
  addresseeEnds: string[];
  addresseeNot: RegExp;
}

const byLength = (a: string, b: string): number => b.length - a.length;

function compileLabels(labels: MetaGrammarSource['labels']): LabelSet {
  const kinds = new Map<string, LabelKind>();
  for (const key of ['publish', 'issue', 'ignore', 'docNumber', 'organ', 'title'] as const) {
    for (const label of labels[key]) if (!kinds.has(label)) kinds.set(label, key);
  }
  // gov.cn's panel spaces its labels out (`索 引 号`, `标　　题`): spaces may sit between a label's
  // characters.
  const spaced = (label: string): string => [...label].map(escape).join('[ \\t\\u3000\\u00a0]*');
  // A label is a word of its own: not the tail of a longer word (`发文字号` is not `字号`). Some
  // panels write it in square brackets (`[发文字号] 京卫〔2025〕1号`, `【发布时间】2025-03-08`).
  const labelled = (alternatives: string, flags: string): RegExp =>
    new RegExp(`(?<label>${alternatives})[\\]】]?[ \\t\\u3000\\u00a0]*[:：]?[ \\t\\u3000\\u00a0]*(?<value>[^\\s\\u3000\\u00a0]*)`, flags);
  const sorted = [...kinds.keys()].sort(byLength);
  const pattern = labelled(sorted.map(spaced).join('|'), 'gu');
  const byFirstChar = new Map<string, RegExp>();
  for (const first of new Set(sorted.map((label) => [...label][0] as string))) {
    byFirstChar.set(first, labelled(sorted.filter((label) => [...label][0] === first).map(spaced).join('|'), 'uy'));
  }
  return { pattern, byFirstChar, kindOf: (label) => kinds.get(label.replace(/[ \t\u3000\u00a0]/gu, '')) ?? 'ignore' };
}

/** Period names grouped by their years, longest name first (十五五 before 十五). */
function periodList(names: ReadonlyMap<string, readonly [number, number]>): Period[] {
  const byYears = new Map<string, Period>();
  for (const [name, years] of names) {
    const key = years.join('-');
    const period = byYears.get(key) ?? { names: [], years: [years[0], years[1]] };
    period.names.push(name);
    byYears.set(key, period);
  }
  const list = [...byYears.values()];
  for (const p of list) p.names.sort(byLength);
  return list.sort((a, b) => byLength(a.names[0] as string, b.names[0] as string));
}

/** What a document title ends with, for runOnLine.breaks `{titleEnd}`: the genre words of a plan or
 *  a notice (planTitle's and a notice's; a 统计公报, a task list's 清单, a contingency plan's 预案, a draft plan's 基本思路;
 *  not a bare 报告, which is as often the verb of a sentence: 及时报告县应急管理局), the last word before a cover's organ and
 *  date or a 主送. */
const RUN_ON_TITLE_END = '规划|纲要|要点|计划|方案|意见|细则|办法|规定|重点工作|工作安排|条例|决定|工作报告|公报|清单|预案|思路|通知|通报|批复';

/** A mark in brackets a title may carry before a cover's organ, for runOnLine.breaks `{titleMark}` (the breaks allow two: the
 *  period and an editor's mark, …规划（2026—2030年）（节选）): an editor's (节选, 全文), a draft's (征求意见稿) or the plan's period
 *  (2026—2030年); `{editorMarks}` and `{draftMarks}` are filled in with the rest. */
const RUN_ON_TITLE_MARK = '[（(]\\s*(?:{editorMarks}|{draftMarks}|[0-9０-９]{4}\\s*年?\\s*[-—–~～至到]+\\s*[0-9０-９]{4}\\s*年?)\\s*[)）]';

/** The end of a cover's or a signature's organ for runOnLine.breaks `{organEnd}`: one organ, or up to four that issue the
 *  document jointly set side by side with white space between (GB/T 9704 7.3.5.2: 联合行文, `某县统计局　国家统计局某县调查队`). */
function runOnOrgans(suffixes: string): string {
  return `(?:${suffixes})(?:\\s+[^。！!？?，,：:；;\\s\\d（）()]{2,40}?(?:${suffixes})){0,3}`;
}

/** A pattern with the grammar's mark lists filled in: `{editorMarks}` (words) and `{draftMarks}` (patterns). */
function withMarks(pattern: string, source: MetaGrammarSource): string {
  return pattern.replaceAll('{editorMarks}', source.editorMarks.map(escape).join('|')).replaceAll('{draftMarks}', source.draftMarks.join('|'));
}

/** A character class of the (CJK, unescaped) characters given. */
const charClass = (chars: readonly string[]): string => `[${[...new Set(chars)].join('')}]`;

/** The panel labels of three characters or more (索引号, 发布时间: the shorter 日期, 来源, 文号 end words of sentences too), for
 *  runOnLine.breaks `{panelLabel}`. */
function panelLabels(labels: MetaGrammarSource['labels']): string {
  return Object.values(labels).flat().filter((l) => l.length >= 3).map(escape).join('|');
}

/** An organ name's end: one of its suffixes, perhaps with the body's second name in brackets after it (`secondName`, where
 *  `{organEnd}` stands for the suffixes). */
function organEnd(suffixes: readonly string[], secondName: string | undefined): RegExp {
  const suffix = suffixes.map(escape).join('|');
  const second = secondName === undefined ? '' : `(?:${secondName.replaceAll('{organEnd}', suffix)})?`;
  return compilePattern(`(?:${suffix})${second}$`, 'u', 'organSecondName');
}

/** Compiles a metadata grammar; period names and date words come from the period grammar (grammars/periods.yaml). */
export function compileMetaGrammar(source: MetaGrammarSource, dates: PeriodGrammar): MetaGrammar {
  const organSuffixes = [...source.organSuffixes].sort(byLength);
  const periods = periodList(dates.periods);
  const crumbWords = [...source.runOnLine.crumbWords].sort(byLength);
  return {
    organSuffixes,
    organEnd: organEnd(organSuffixes, source.organSecondName),
    redHeader: compilePattern(source.redHeader, 'u', 'redHeader'),
    orderHeader: compilePattern(source.orderHeader, 'u', 'orderHeader'),
    orderNumber: source.orderNumber === undefined ? undefined : compilePattern(source.orderNumber, 'u', 'orderNumber'),
    noticeEnd: compilePattern(source.notice.end, 'u', 'notice.end'),
    noticeVerbs: [...source.notice.verbs].sort(byLength),
    noticeConsultation: source.notice.consultation.map((p, i) => compilePattern(p, 'u', `notice.consultation[${i}]`)),
    noticeOpen: new RegExp(`${escape(source.notice.about)}\\s*(?:${[...source.notice.verbs].sort(byLength).map(escape).join('|')})`, 'u'),
    docNumber: compilePattern(source.docNumber, 'u', 'docNumber'),
    docNumberTail: compilePattern(source.docNumberTail, 'u', 'docNumberTail'),
    titleNumber: compilePattern(source.titleNumber, 'u', 'titleNumber'),
    titleNumberBare: compilePattern(source.titleNumberBare, 'u', 'titleNumberBare'),
    labels: compileLabels(source.labels),
    viewDate: compilePattern(source.viewDate, 'u', 'viewDate'),
    issuePublished: compilePattern(source.issuePublished, 'u', 'issuePublished'),
    dateLine: compilePattern(source.dateLine, 'u', 'dateLine'),
    imprintLine: compilePattern(source.imprintLine, 'u', 'imprintLine'),
    deliveredDate: compilePattern(source.deliveredDate, 'u', 'deliveredDate'),
    congressPlace: compilePattern(source.congressPlace, 'u', 'congressPlace'),
    townOrgan: compilePattern(source.townOrgan, 'u', 'townOrgan'),
    superiorLeadership: compilePattern(source.superiorLeadership, 'gu', 'superiorLeadership'),
    superiorBasis: compilePattern(source.superiorBasis, 'gu', 'superiorBasis'),
    superiorCountyWritten: compilePattern(source.superiorCountyWritten, 'u', 'superiorCountyWritten'),
    subtitleLine: compilePattern(source.subtitleLine, 'u', 'subtitleLine'),
    approvedDate: compilePattern(source.approvedDate, 'u', 'approvedDate'),
    coverDate: compilePattern(source.coverDate, 'u', 'coverDate'),
    coverBodyStart: source.coverBodyStart ? compilePattern(source.coverBodyStart, 'u', 'coverBodyStart') : undefined,
    editorMark: compilePattern(withMarks(source.editorMark, source), 'u', 'editorMark'),
    effectiveDate: source.effectiveDate ? compilePattern(source.effectiveDate, 'u', 'effectiveDate') : undefined,
    onBehalfOf: compilePattern(source.onBehalfOf, 'u', 'onBehalfOf'),
    newsLead: source.newsLead ? compilePattern(source.newsLead, 'u', 'newsLead') : undefined,
    interpretationTitle: source.interpretationTitle ? compilePattern(source.interpretationTitle, 'u', 'interpretationTitle') : undefined,
    speakerLine: compilePattern(source.speakerLine, 'u', 'speakerLine'),
    bylineLine: source.bylineLine ? compilePattern(source.bylineLine, 'u', 'bylineLine') : undefined,
    speakerPlace: compilePattern(source.speakerPlace, 'u', 'speakerPlace'),
    sealRemark: compilePattern(source.sealRemark, 'u', 'sealRemark'),
    runOnLine: {
      minLength: source.runOnLine.minLength,
      shareLength: source.runOnLine.shareLength,
      share: source.runOnLine.share,
      breaks: compilePattern(
        withMarks(source.runOnLine.breaks.replaceAll('{titleMark}', RUN_ON_TITLE_MARK), source).replaceAll('{organEnd}', runOnOrgans(organSuffixes.map(escape).join('|'))).replaceAll('{titleEnd}', RUN_ON_TITLE_END)
          .replaceAll('{titleLast}', charClass(RUN_ON_TITLE_END.split('|').map((w) => w.slice(-1))))
          .replaceAll('{panelFirst}', charClass(panelLabels(source.labels).split('|').map((w) => w[0] as string)))
          .replaceAll('{panelLabel}', panelLabels(source.labels))
          .replaceAll('{crumbWord}', crumbWords.map(escape).join('|') || '(?!)')
          .replaceAll('{crumbLast}', crumbWords.length > 0 ? charClass(crumbWords.map((w) => w.slice(-1))) : '(?!)'),
        'gu',
        'runOnLine.breaks',
      ),
      panelLine: compilePattern(`^(?:${panelLabels(source.labels)})\\s*[：:]`, 'u', 'runOnLine.panelLine'),
    },
    attachmentLabel: compilePattern(source.attachmentLabel, 'u', 'attachmentLabel'),
    titleTail: compilePattern(withMarks(source.titleTail, source), 'u', 'titleTail'),
    titleLine: compilePattern(withMarks(source.titleLine, source).replaceAll('{crumbWord}', crumbWords.map(escape).join('|') || '(?!)'), 'u', 'titleLine'),
    asideLine: compilePattern(source.asideLine, 'u', 'asideLine'),
    listItemLine: compilePattern(source.listItemLine, 'u', 'listItemLine'),
    minutesTitle: compilePattern(source.minutesTitle, 'u', 'minutesTitle'),
    resultClass: compilePattern(source.resultClass, 'u', 'resultClass'),
    titleDecoration: source.titleDecoration === undefined ? undefined : compilePattern(source.titleDecoration, 'gu', 'titleDecoration'),
    national: {
      name: source.region.national.name,
      code: source.region.national.code,
      organs: source.region.national.organs.map((p, i) => compilePattern(p, 'u', `region.national.organs[${i}]`)),
      titles: source.region.national.titles.map((p, i) => compilePattern(p, 'u', `region.national.titles[${i}]`)),
      branches: source.region.national.branches,
      subsidiary: source.region.national.subsidiary === undefined ? undefined : compilePattern(source.region.national.subsidiary, 'u', 'region.national.subsidiary'),
    },
    campaign: source.region.campaign.map((p, i) => compilePattern(p, 'gu', `region.campaign[${i}]`)),
    levelWords: source.region.levelWords,
    notPlaces: source.region.notPlaces.map((p, i) => compilePattern(p, 'u', `region.notPlaces[${i}]`)),
    abbreviated: source.region.abbreviated,
    writtenPlace: source.region.written === undefined ? undefined : compilePattern(source.region.written, 'u', 'region.written'),
    institutionPlace: source.region.institution === undefined ? undefined : compilePattern(source.region.institution, 'u', 'region.institution'),
    zonePlace: source.region.zonePlace === undefined ? undefined : compilePattern(source.region.zonePlace, 'u', 'region.zonePlace'),
    servesPlace: source.region.servesPlace === undefined ? undefined : compilePattern(source.region.servesPlace, 'u', 'region.servesPlace'),
    townPlace: source.region.townPlace === undefined ? undefined : compilePattern(source.region.townPlace, 'u', 'region.townPlace'),
    notWritten: source.region.notWritten,
    placeholders: source.region.placeholders,
    periods,
    dates,
    periodContext: compilePattern(source.periodContext, 'u', 'periodContext'),
    periodPhrase: compilePattern(source.periodPhrase, 'u', 'periodPhrase'),
    asOf: [...source.asOf].sort(byLength),
    termOfForce: [...source.termOfForce].sort(byLength),
    yearRange: compilePattern(source.yearRange, 'u', 'yearRange'),
    singleYear: compilePattern(source.singleYear, 'gu', 'singleYear'),
    kinds: source.kinds.map((k, i) => ({
      kind: k.kind,
      pattern: compilePattern(k.pattern, 'u', `kinds[${i}].pattern`),
      annual: k.annual,
      period: k.period,
      yearly: k.yearly,
      past: k.past,
    })),
    printedPlan: source.printedPlan.map((p, i) => compilePattern(p, 'u', `printedPlan[${i}]`)),
    planTitle: compilePattern(source.planTitle, 'u', 'planTitle'),
    maxTitle: source.maxTitle,
    titleLines: source.titleLines,
    titleLastLine: compilePattern(source.titleLastLine, 'u', 'titleLastLine'),
    titleContinuation: compilePattern(source.titleContinuation, 'u', 'titleContinuation'),
    titleAfterOrgan: compilePattern(source.titleAfterOrgan, 'u', 'titleAfterOrgan'),
    placeFirst: compilePattern(source.placeFirst, 'u', 'placeFirst'),
    ownLineTitle: compilePattern(source.ownLineTitle, 'u', 'ownLineTitle'),
    titleLeftOpen: compilePattern(source.titleLeftOpen, 'u', 'titleLeftOpen'),
    runTogetherTitle: compilePattern(source.runTogetherTitle, 'u', 'runTogetherTitle'),
    navigation: compilePattern(source.navigation, 'u', 'navigation'),
    addresseeStarts: [...source.addresseeStarts].sort(byLength),
    addresseeEnds: source.addresseeEnds,
    addresseeNot: compilePattern(source.addresseeNot, 'u', 'addresseeNot'),
  };
}
