// Pictures, photographs, paintings and maps are counted in 幅 (志书精选图片300幅, 创作美术作品100幅, 征集老照片500幅): the count in which
// 地方志/档案/文联/文化 plans set and review the images they select, collect, create or show, so 幅 after digits is a unit. After a
// Chinese numeral (一幅蓝图) or where 幅 begins a noun of its own (幅度, 幅员, 幅面) it is no count; 画幅 (frames scanned) stays a unit
// of its own. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: pictures counted in 幅 (精选图片260幅, 创作美术作品80幅)', () => {
  it('should support a count of pictures in 幅 as an item with its bound word', () => {
    expect(values('《某区志》随文插图精选260幅左右。')).toEqual(['260|幅|~']);
    expect(values('举办“山乡新貌”美术书法摄影作品展，展出作品不少于150幅。')).toEqual(['150|幅|>=']);
  });
  it('should not support 幅 after a Chinese numeral or as the start of a noun as a count', () => {
    expect(values('绘就一幅乡村振兴新画卷。')).toEqual([]);
    expect(values('扩大辖区幅员内的巡查范围，统一版面幅面为A3。')).toEqual([]);
    expect(values('完成馆藏档案数字化120万画幅。')).toEqual(['120|万画幅|=']);
  });
});
