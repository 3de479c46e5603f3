// 布设: monitoring plans lay out their sites and points with it (全市布设空气质量监测点30个), as 设置 sets them up; the points are a
// count the plan sets (grammars/indicators.yaml objectVerbs), named before or after the number.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const items = (text: string) => indicators(text, ANNUAL_2024).map((i) => [i.metric, i.value, i.unit]);

describe('points laid out with 布设', () => {
  it('should support the points named before the count', () => {
    expect(items('全县布设土壤墒情监测点45个。')).toEqual([['土壤墒情监测点', 45, '个']]);
  });
  it('should support the points named after the count', () => {
    const got = items('在重点流域布设18个水质自动监测站。');
    expect(got.map((i) => i.slice(1))).toEqual([[18, '个']]);
  });
  it('should not support a count that only describes where points were laid out', () => {
    expect(items('依托已布设的监测网络开展常规监测。')).toEqual([]);
  });
});
