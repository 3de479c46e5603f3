// A place a document names for itself that the divisions dataset does not know: a division created or renamed after the
// dataset, a name misspelt by OCR, an invented place. Read as written (no 行政区划代码), only where nothing the dataset
// knows names the document's place.
import { escapeRegExp } from '../grammar/common.js';
import type { MetaGrammar } from '../grammar/meta.js';
import { divisionIndex } from './divisions.js';
import { HAN_ONLY, HAN_RANGES, han } from '../text/han.js';

/** Whether a written place is one: not a word for a kind of area (城市, 开发区), not a template's blank (某某县). */
const isPlace = (place: string, grammar: MetaGrammar): boolean =>
  place !== '' && !grammar.notWritten.some((w) => place.endsWith(w)) && !grammar.placeholders.some((w) => place.includes(w));

/** The level a place's last division word puts it at. */
function levelOf(place: string): 'province' | 'city' | 'county' {
  if (/(?:省|自治区)$/u.test(place)) return 'province';
  return /(?:市|州|盟)$/u.test(place) ? 'city' : 'county';
}

/** Runs of Chinese characters in a page's furniture (its <title> `…_某市某区人民政府`, a breadcrumb): each may open with an organ. */
const HAN_RUNS = han(/[^\p{Script=Han}]+/u);

/** The place written at the start of `t` (group `place` of grammar region.written), '' when none or no place. */
function placeAt(t: string, grammar: MetaGrammar): string {
  const place = grammar.writtenPlace?.exec(t)?.groups?.place ?? '';
  return isPlace(place, grammar) ? place : '';
}

/** The place of the congress a report's subtitle says it was delivered at (——2027年1月9日在某镇第十八届人民代表大会…), or ''. */
export function congressPlace(t: string, grammar: MetaGrammar): string {
  const line = t.normalize('NFKC').trim();
  const congress = grammar.deliveredDate.exec(line);
  return congress ? (grammar.congressPlace.exec(line.slice(congress[0].length))?.groups?.place ?? '') : '';
}

/** Whether the name the written `place` opens in `t` goes on as an institution that serves it (grammar region.servesPlace: 某某市中心医院). */
const servedBy = (t: string, place: string, grammar: MetaGrammar): boolean => {
  const at = t.indexOf(place);
  return at >= 0 && grammar.servesPlace !== undefined && grammar.servesPlace.test(t.slice(at + place.length));
};

/** Whether the document speaks of itself at a place's level (全市 for …市, 全区 for …区). */
const speaksAt = (place: string, text: string, grammar: MetaGrammar): boolean => grammar.levelWords[levelOf(place)].some((w) => text.includes(w));

/**
 * The place written at the start of one of `texts` (organs, titles, head lines), if the document speaks at its level
 * (全市, 我区 …) and its last part is no word for a kind of area; null otherwise. A district written alone is given its
 * city where the page's furniture writes both (枫林区 → 云溪市枫林区, from the site name 云溪市枫林区人民政府).
 */
export function writtenPlace(texts: ReadonlyArray<string | null>, text: string, furniture: string, grammar: MetaGrammar): string | null {
  for (const written of texts) {
    if (!written) continue;
    const t = written.normalize('NFKC').trim();
    // After 在 in a report's subtitle (——2026年1月20日在某市第十七届人民代表大会…, grammar deliveredDate): the congress's place.
    const congress = grammar.deliveredDate.exec(t);
    const from = congress ? t.slice(congress[0].length) : t;
    const place = placeAt(from, grammar);
    if (place === '' || !(speaksAt(place, text, grammar) || servedBy(from, place, grammar))) continue;
    if (levelOf(place) !== 'county') return place;
    const fuller = furniture.normalize('NFKC').split(HAN_RUNS).map((run) => placeAt(run, grammar)).find((p) => p.length > place.length && p.endsWith(place));
    if (fuller) return fuller;
    // A county written alone that the text also writes after its city (…推进某州市某某县…): the county with its city, as a county the
    // dataset knows is written where the document names its city (divisions.ts displayName).
    return cityBefore(place, text.normalize('NFKC'), grammar) + place;
  }
  return null;
}

/** A city's last character: 市, 州 (自治州), 盟. */
const CITY_END = /[市州盟]$/u;
/** The longest city name looked for before a county, in characters (呼和浩特市, 黔东南苗族侗族自治州 are in the dataset). */
const MAX_CITY = 10;

/**
 * The city the text writes right before a county (推进潇州市清源县… → 潇州市), '' when none: the shortest run of characters
 * before it that ends as a city does and that the divisions dataset knows as a city, or that the text also writes as a word
 * of its own elsewhere (after a mark, a space or a line start: 《潇州市农业农村局…》) — which tells the city's first character from
 * the verb or word before it.
 */
function cityBefore(county: string, text: string, grammar: MetaGrammar): string {
  const index = divisionIndex(grammar.notPlaces);
  for (let at = text.indexOf(county); at >= 0; at = text.indexOf(county, at + county.length)) {
    const before = text.slice(Math.max(0, at - MAX_CITY), at);
    for (let k = before.length - 3; k >= 0; k--) {
      const city = before.slice(k);
      if (!HAN_ONLY.test(city)) break;
      if (!CITY_END.test(city) || !isPlace(city, grammar)) continue;
      const known = index.byName.get(city)?.some((d) => d.level === 'city') ?? false;
      if (known || writesAsWord(city, text, at - city.length)) return city;
    }
  }
  return '';
}

/** Whether `text` writes `word` as a word of its own (after a mark, a space or a line start) elsewhere than at `here`. */
function writesAsWord(word: string, text: string, here: number): boolean {
  for (const m of text.matchAll(new RegExp(`(?<=^|[^${HAN_RANGES}])${escapeRegExp(word)}`, 'gmu'))) if (m.index !== here) return true;
  return false;
}

/**
 * The city written right before a division named `name` at the start of `t` (an organ's name or a title: 沣州市云溪区人民政府办公室
 * → 沣州市; past a province, 某省某州市某某县 → 某州市), '' when the place written there names none.
 */
export function writtenCity(t: string, name: string, grammar: MetaGrammar): string {
  const place = placeAt(t.trim(), grammar);
  if (!place.endsWith(name) || place.length === name.length) return '';
  const city = place.slice(0, -name.length).replace(/^.*?(?:省|自治区)/u, '');
  return CITY_END.test(city) ? city : '';
}

/** A district or county the dataset lacks, written right after its known city in an organ's name or a title (临江市|滨河区
 *  人民政府办公室), where the document speaks at a county's level (全区); null otherwise. */
export function writtenDistrict(after: string, text: string, grammar: MetaGrammar): string | null {
  const place = placeAt(after.trim(), grammar);
  return place !== '' && levelOf(place) === 'county' && speaksAt(place, text, grammar) ? place : null;
}
