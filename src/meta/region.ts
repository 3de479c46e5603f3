// region and regionCode: the place a plan covers, as a city or city + district (`厦门市翔安区`,
// `辽源市`), `全国` for a national document, with its 行政区划代码 from the divisions dataset.
import type { MetaGrammar } from '../grammar/meta.js';
import { displayName, divisionIndex, lineage, type Division, type DivisionIndex, type Level } from './divisions.js';
import { writtenCity, writtenDistrict, writtenPlace } from './written-place.js';
import { han } from '../text/han.js';

export interface Region {
  region: string | null;
  regionCode: string | null;
}

const NONE: Region = { region: null, regionCode: null };

type Abbreviations = MetaGrammar['abbreviated'];

/** The autonomous divisions a short form names (恩施州 → 恩施土家族苗族自治州): their short name
 *  followed by how the short form ends (grammar `region.abbreviated`). */
function abbreviatedPlaces(name: string, index: DivisionIndex, forms: Abbreviations): Division[] | undefined {
  for (const { suffix, written } of forms) {
    if (!name.endsWith(written) || name.length - written.length < 2) continue;
    const found = index.byShort.get(name.slice(0, -written.length))?.filter((d) => d.name.endsWith(suffix));
    if (found && found.length > 0) return found;
  }
  return undefined;
}

/** Division names written out in a text, left to right (longest name first at each position), also
 *  the short forms of autonomous divisions. A two-character county name (城区, 赵县) counts only
 *  right after its own city, or, with `opening`, when a county or banner (息县, 沛县) opens the text:
 *  an organ's name or a title starts with its place (…和县级医院 holds 和县 by chance, 城区 is also
 *  a word). */
export function placesIn(text: string, index: DivisionIndex, forms: Abbreviations = [], opening = false): Division[][] {
  const out: Division[][] = [];
  const t = text.normalize('NFKC');
  for (let i = 0; i < t.length; ) {
    // Most characters start no name (nor the short name an abbreviated form opens with).
    if (!index.startsName(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let found: Division[] | undefined;
    let len = Math.min(index.maxName, t.length - i);
    for (; len >= 2; len--) {
      const name = t.slice(i, i + len);
      const candidates = index.byName.get(name) ?? abbreviatedPlaces(name, index, forms);
      if (!candidates) continue;
      const prev = out[out.length - 1];
      const opens = opening && i === 0 && TWO_CHARACTER_COUNTY.test(name);
      const usable = len > 2 || opens ? candidates : candidates.filter((d) => prev?.some((p) => d.parent === p));
      if (usable.length > 0) {
        found = usable;
        break;
      }
    }
    if (found) {
      out.push(found);
      i += len;
    } else i++;
  }
  return out;
}

/**
 * The province or city a local branch of a national body serves (国家金融监督管理总局绍兴监管分局 → 绍兴市): the short name right
 * before one of the branch titles (grammar region.national.branches), the last such in the name, when it names one division only.
 */
function branchPlace(organ: string, index: DivisionIndex, branches: readonly string[]): Division | undefined {
  let best: { at: number; place: Division } | undefined;
  for (const word of branches) {
    for (let at = organ.indexOf(word); at > 0; at = organ.indexOf(word, at + 1)) {
      if (best && at <= best.at) continue;
      for (const len of [3, 2]) {
        const places = index.byShort.get(organ.slice(Math.max(0, at - len), at))?.filter((d) => d.level === 'city' || d.level === 'province');
        if (places?.length === 1) {
          best = { at, place: places[0] as Division };
          break;
        }
      }
    }
  }
  return best?.place;
}

/** A branch bureau's name after its city bureau's (广州市生态环境局增城分局, 某市公安局某某分局): the short name of the district or
 *  county it serves. */
const BRANCH = han(/(\p{Script=Han}{2,3}?)分局/gu);

/** The district or county of city `city` whose branch bureau `text` names (…局增城分局 → 增城区), or undefined. */
function branchDistrict(text: string, city: Division, index: DivisionIndex): Division | undefined {
  for (const m of text.matchAll(BRANCH)) {
    const name = m[1] as string;
    // The longest tail of the characters before 分局 that is a short name of one of the city's divisions (局增城 → 增城).
    for (let k = 0; k < name.length - 1; k++) {
      const d = index.byShort.get(name.slice(k))?.find((c) => c.parent === city);
      if (d) return d;
    }
  }
  return undefined;
}

/** A two-character county or banner name (息县, 沛县, 和县). */
const TWO_CHARACTER_COUNTY = /^.[县旗]$/u;

/** How often a division's names (and its ancestors' names) occur in the document. */
function contextScore(d: Division, context: string): number {
  let score = 0;
  for (const x of lineage(d)) {
    for (const name of new Set([x.name, x.short])) score += context.split(name).length - 1;
  }
  return score;
}

/** The most specific division a chain of names agrees on: [厦门市, 翔安区] → 厦门市翔安区. */
export function resolveChain(chain: readonly Division[][], context: string): Division | null {
  let current: Division[] | null = null;
  for (const candidates of chain) {
    if (!current) {
      current = [...candidates];
      continue;
    }
    const within: Division[] = candidates.filter((d) => lineage(d).some((a) => current!.includes(a)));
    if (within.length > 0) current = within;
  }
  if (!current || current.length === 0) return null;
  if (current.length === 1) return current[0]!;
  const scored = current.map((d) => ({ d, score: contextScore(d, context) }));
  return scored.reduce((best, x) => (x.score > best.score ? x : best)).d;
}

/** The level the document speaks of itself at (全市 → city, 全区 → county), if any. */
function preferredLevel(text: string, grammar: MetaGrammar): Level | null {
  const count = (words: readonly string[]): number => words.reduce((n, w) => n + text.split(w).length - 1, 0);
  const levels: Array<[Level, number]> = [
    ['city', count(grammar.levelWords.city)],
    ['county', count(grammar.levelWords.county)],
    ['province', count(grammar.levelWords.province)],
  ];
  levels.sort((a, b) => b[1] - a[1]);
  const [top] = levels;
  return top && top[1] > 0 ? top[0] : null;
}

const national = (grammar: MetaGrammar): Region => ({ region: grammar.national.name, regionCode: grammar.national.code });

export interface RegionInput {
  /** Organ names the document gives for itself (signature, red header, title organ…). */
  organs: ReadonlyArray<string | null>;
  /** The plan's title and the wrapping notice's title. */
  titles: ReadonlyArray<string | null>;
  /** The document's text (for campaign names and the level it speaks at). */
  text: string;
  /** Web-page furniture (page title, breadcrumbs): a weak hint. */
  furniture: string;
  /** Short lines of the head that are not sentences (a report's subtitle `——…在某省第十四届人民代表
   *  大会…上`, its speaker `某省省长 某某`): the place is named there when no organ or title names it. */
  headLines: readonly string[];
}

export function findRegion(input: RegionInput, grammar: MetaGrammar): Region {
  const index = divisionIndex(grammar.notPlaces);
  const context = `${input.text}\n${input.furniture}`;
  const result = (d: Division): Region => ({ region: displayName(d, context), regionCode: d.code });

  // 1. The issuer's or the title's own place names; a national organ or title.
  const strong: Array<[string, RegExp[]]> = [
    ...input.organs.filter((s): s is string => !!s).map((s): [string, RegExp[]] => [s, grammar.national.organs]),
    ...input.titles.filter((s): s is string => !!s).map((s): [string, RegExp[]] => [s, grammar.national.titles]),
  ];
  for (const [text, nationalPatterns] of strong) {
    const d = resolveChain(placesIn(text, index, grammar.abbreviated, true), context);
    if (d) {
      // A city the dataset knows followed by a district it does not (临江市滨河区人民政府办公室): the district's own region.
      const t = text.normalize('NFKC');
      const at = d.level !== 'province' && /[市州盟]$/u.test(d.name) ? t.indexOf(d.name) : -1;
      const district = at >= 0 ? writtenDistrict(t.slice(at + d.name.length), input.text, grammar) : null;
      if (district) return { region: d.name + district, regionCode: null };
      // A district or county the dataset knows written after a city that is none of its ancestors there (沣州市云溪区人民政府办公室,
      // where the dataset's 云溪区 is 岳阳市's): the document's own city, not the dataset's, and no code (it is not that division).
      // (an ancestor's short form is its name too: 恩施州巴东县)
      const city = d.level === 'county' ? writtenCity(t, d.name, grammar) : '';
      const names = city === '' ? [] : (index.byName.get(city) ?? abbreviatedPlaces(city, index, grammar.abbreviated) ?? []);
      if (city !== '' && !lineage(d).some((a) => names.includes(a))) return { region: city + d.name, regionCode: null };
      const branch = d.level === 'city' ? branchDistrict(t, d, index) : undefined;
      return result(branch ?? d);
    }
    const bare = text.replace(/^[\s“"‘'《〈「『]+/u, '');
    if (nationalPatterns.some((re) => re.test(bare))) {
      const branch = branchPlace(bare.normalize('NFKC'), index, grammar.national.branches);
      if (branch) return result(branch);
      // A national company's subsidiary with no place named serves some part of the country: look further.
      if (grammar.national.subsidiary?.test(bare)) continue;
      return national(grammar);
    }
  }

  // 1b. A university or college named after its city (赣州理工大学, 中共某某学院委员会: grammar region.institution): that city, by
  //     its short name, when it is a prefecture-level city's and no other's.
  const institution = grammar.institutionPlace;
  if (institution) {
    for (const organ of input.organs) {
      for (const name of (organ ?? '').normalize('NFKC').split(/\s+/u)) {
        const m = institution.exec(name);
        const at = m?.groups?.place === undefined ? -1 : m.index + m[0].indexOf(m.groups.place);
        if (at < 0) continue;
        for (const len of [3, 2]) {
          const cities = index.byShort.get(name.slice(at, at + len))?.filter((d) => d.level === 'city');
          if (cities?.length === 1) return result(cities[0]!);
        }
      }
    }
  }

  // 2. A place the head lines name.
  // A speaker's line opens with the place (息县人民政府县长), and so does a subtitle's congress after its date (——…在沛县第十八届
  // 人民代表大会…): a two-character county counts there, as at the start of an organ's name.
  for (const line of input.headLines) {
    const t = line.normalize('NFKC').trim();
    const congress = grammar.deliveredDate.exec(t);
    const d = resolveChain(placesIn(congress ? t.slice(congress[0].length) : t, index, grammar.abbreviated, true), context);
    if (d) return result(d);
  }

  // 3. A place the dataset does not know, as the issuer's name, the title or a report's subtitle writes it.
  const written = writtenPlace([...input.organs, ...input.titles, ...input.headLines], input.text, input.furniture, grammar);
  if (written) return { region: written, regionCode: null };

  // 3a. A development zone's 管委会 named after its city by the short name (grammar region.zonePlace), the city written in full
  //     in the text: that city, as written.
  const zone = zoneCity(input.organs, input.text, grammar);
  if (zone) return { region: zone, regionCode: null };

  // 3b. A township's plan: the county it names as the leadership it works under (根据某县委、县政府工作部署), else as whose
  //     arrangements it follows (根据某县2027年重点工作安排: grammar superiorBasis). A town's
  //     政府工作报告 may name its government only on the speaker's line (某镇人民政府镇长　某某), under its subtitle.
  const speakers = input.headLines.map((line) => grammar.speakerLine.exec(line.normalize('NFKC').trim())?.groups?.organ);
  if ([...input.organs, ...speakers].some((o) => !!o && grammar.townOrgan.test(o))) {
    const t = input.text.normalize('NFKC');
    for (const m of [...t.matchAll(grammar.superiorLeadership), ...t.matchAll(grammar.superiorBasis)]) {
      // The match may start before the name (根据攸县县委): the name opens one of its tails.
      const place = m.groups?.place ?? '';
      for (let k = 0; k < place.length - 1; k++) {
        const d = resolveChain(placesIn(place.slice(k), index, grammar.abbreviated, true), context);
        if (d && d.level !== 'province') return result(d);
        if (d) break;
      }
    }
    const written = grammar.superiorCountyWritten.exec(t)?.groups?.place;
    if (written && !grammar.placeholders.some((w) => written.includes(w))) return { region: written, regionCode: null };
  }

  // 4. Campaign names (健康中山) and places named in the page furniture, at the level the
  //    document speaks at (全市 → the city 中山市, not the district 大连市中山区).
  const votes = new Map<Division, number>();
  const vote = (d: Division, weight: number): void => {
    votes.set(d, (votes.get(d) ?? 0) + weight);
  };
  const text = input.text.normalize('NFKC');
  for (const m of grammar.campaign.flatMap((re) => [...text.matchAll(re)])) {
    const place = m.groups?.place ?? '';
    for (let len = place.length; len >= 2; len--) {
      const name = place.slice(0, len);
      const candidates = [...(index.byShort.get(name) ?? []), ...(index.byName.get(name) ?? [])];
      if (candidates.length === 0) continue;
      for (const d of candidates) vote(d, 1);
      break;
    }
  }
  const fromFurniture = resolveChain(placesIn(input.furniture, index, grammar.abbreviated), context);
  if (fromFurniture) vote(fromFurniture, 1);
  if (votes.size === 0) return townRegion(input.organs, grammar);
  const level = preferredLevel(input.text, grammar);
  const ranked = [...votes].map(([d, n]) => ({ d, n, atLevel: Number(d.level === level), score: contextScore(d, context) }));
  ranked.sort((a, b) => b.n - a.n || b.atLevel - a.atLevel || b.score - a.score);
  return result(ranked[0]!.d);
}

/**
 * The city a development zone's organ names by its short name (岚江高新技术产业开发区管理委员会, grammar region.zonePlace), when the
 * text also writes it in full (岚江市: short name + 市 anywhere in the text, as the 抄送 to its 市人民政府 writes it), else null.
 */
function zoneCity(organs: ReadonlyArray<string | null>, text: string, grammar: MetaGrammar): string | null {
  if (!grammar.zonePlace) return null;
  const t = text.normalize('NFKC');
  for (const organ of organs) {
    const place = grammar.zonePlace.exec((organ ?? '').normalize('NFKC').trim())?.groups?.place;
    if (!place || grammar.placeholders.some((w) => place.includes(w))) continue;
    if (t.includes(`${place}市`)) return `${place}市`;
  }
  return null;
}

/** A township health centre (某某镇卫生院, grammar region.townPlace) when nothing else names the document's place: its
 *  town, as written (no code: the dataset stops at counties). */
function townRegion(organs: ReadonlyArray<string | null>, grammar: MetaGrammar): Region {
  for (const organ of organs) {
    const place = grammar.townPlace?.exec((organ ?? '').normalize('NFKC').trim())?.groups?.place;
    if (place && !grammar.placeholders.some((w) => place.includes(w))) return { region: place, regionCode: null };
  }
  return NONE;
}
