// The portal menu patterns of the furniture grammar (src/grammar/furniture.ts, menuLine) are written so
// that the sections' alternation, the costliest part to compile at start-up, appears once for a menu
// copied one section a line (head) and twice for a row of two or more (lines). They must match the
// same lines as the plain forms `^section(?:parting section)*$` and `…+$`.
import { describe, expect, it } from 'vitest';
import { defaultGrammars } from '../../src/grammar/grammars.js';
import { shippedGrammar } from '../../src/grammar/load.js';

const source = shippedGrammar('furniture');
const section = `(?:${source.menu.map((s: string) => `(?:${s})`).join('|')})`;
const parting = '\\s*(?:[|｜·•/]\\s*)?';
const plainTop = new RegExp(`^${section}(?:${parting}${section})*$`, 'u');
const plainRow = new RegExp(`^${section}(?:${parting}${section})+$`, 'u');

const g = defaultGrammars().furniture;
const menuTop = g.head.find((re) => re.source.includes(section)) as RegExp;
const menuRow = g.lines.find((re) => re.source.includes(section)) as RegExp;

/** A small seeded generator (mulberry32): the same lines on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['首页', '网站首页', '政务公开', '政府信息公开', '走进', '走进某县', '走进首页首页', 'English', '繁體', '简体', '登录', '无障碍浏览', '长者模式', '网站', '首', '公开', '推进改革'];
const partings = ['', ' ', '  ', '|', ' | ', '｜', '·', ' • ', '/', '\u3000', '||'];

describe('grammar: furniture portal menu patterns', () => {
  it('should support the lines the plain menu patterns match, and no others', () => {
    expect(menuTop).toBeDefined();
    expect(menuRow).toBeDefined();
    const next = random(14);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let rows = 0;
    for (let i = 0; i < 20000; i++) {
      const n = 1 + Math.floor(next() * 4);
      let line = next() < 0.2 ? pick(partings) : '';
      for (let k = 0; k < n; k++) line += pick(words) + (k < n - 1 || next() < 0.3 ? pick(partings) : '');
      expect([menuTop.test(line), menuRow.test(line)], line).toEqual([plainTop.test(line), plainRow.test(line)]);
      if (plainRow.test(line)) rows++;
    }
    // The lines drawn hold rows of menus as well as lines that are none.
    expect(rows).toBeGreaterThan(1000);
    for (const line of ['', ' ', '|', '首页', '首页 |', '首页 政务公开', '走进首页首页']) {
      expect([menuTop.test(line), menuRow.test(line)], line).toEqual([plainTop.test(line), plainRow.test(line)]);
    }
  });

  it('should support the sections written once in the menu of a page top and twice in a row of sections', () => {
    const copies = (re: RegExp): number => re.source.split(section).length - 1;
    expect(copies(menuTop)).toBe(1);
    expect(copies(menuRow)).toBe(2);
  });
});
