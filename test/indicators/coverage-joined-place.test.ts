// 实现 … 全覆盖 names the set a measure covers in full; the count in it is the size of that set, no level (the set's convention:
// 实现13个街道全覆盖 and 实现18个乡镇全覆盖 are no items). A place joined before the count by 和, 及 or 、 (实现中心城区和6个重点乡镇
// 警报信号全覆盖) is covered with it: one object of 实现, the count still the set covered (g644's gold). Sentences written for these
// tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a count joined to a place after 实现 and before 全覆盖 (实现县城和N个乡镇X全覆盖)', () => {
  it('should support the count of the set covered in full as no item', () => {
    expect(items('实现县城和9个中心集镇应急广播全覆盖。')).toEqual([]);
    expect(items('年内实现工业园区及4个重点乡镇污水收集管网全覆盖。')).toEqual([]);
  });
  it('should not support a count with its own verb or bound, or a coverage that is not full, as no item', () => {
    expect(items('实现县城和9个中心集镇应急广播全覆盖，新建应急广播终端120个。')).toEqual(['120|个']);
    expect(items('实现县城和9个中心集镇应急广播覆盖。')).toEqual(['9|个']);
  });
});
