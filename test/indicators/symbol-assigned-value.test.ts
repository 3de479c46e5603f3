// A number assigned to a letter symbol (坐标X=3021456.12, 高程H=38.5米): surveying, mapping and engineering write coordinates and
// formula parameters in this notation, never a level a plan sets (targets are written with verbs and bound words). g635's gold
// leaves out a control point's 坐标 and 高程. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string): string[] => names(text, ANNUAL_2027).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a value assigned to a letter symbol (X=…, H=…)', () => {
  it('should support a coordinate or elevation given as symbol = number as no indicator', () => {
    expect(values('公布全县三等水准点成果，其中县城基准点高程H=62.815米。')).toEqual([]);
    expect(values('测区中心点位平面坐标为X＝2865431.20，Y＝38421907.66，供各单位统一引用。')).toEqual([]);
  });
  it('should not support dropping a target written with a verb beside the notation, or a name with letters and digits', () => {
    expect(values('新建连续运行基准站4座，基准站坐标X=2865431.20。')).toEqual(['4|座']);
    expect(values('PM2.5平均浓度控制在32微克/立方米以下。')).toEqual(['32|微克/立方米']);
  });
});
