// A provision frame whose 的 is left out before its noun (按…每人每年不低于1元标准安排…经费, 按照不低于20%比例配建…): 公文 often
// write 元标准 / %比例 straight on, and the value is the frame's standard or ratio as with 的. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const named = (text: string): string[] => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(0, 4).join('|'));

describe('a provision frame without 的 (…元标准, …%比例)', () => {
  it('should support a per-head standard written 元标准, named as with 的', () => {
    expect(named('区财政按照常住人口每人每年不低于2元标准安排地方病防治专项经费。')).toEqual(named('区财政按照常住人口每人每年不低于2元的标准安排地方病防治专项经费。'));
    expect(named('区财政按照常住人口每人每年不低于2元标准安排地方病防治专项经费。')[0]).toMatch(/^区财政人均地方病防治专项经费标准\|2\|元\|>=$/u);
  });
  it('should support a ratio written %比例, named as with 的', () => {
    expect(named('新建住宅小区按照不低于10%比例建设母婴室。')).toEqual(named('新建住宅小区按照不低于10%的比例建设母婴室。'));
  });
  it('should not support a bounded value with no frame noun after it as a provision standard', () => {
    expect(named('区财政每年安排地方病防治专项经费不低于20万元。').some((n) => n.includes('标准'))).toBe(false);
  });
});
