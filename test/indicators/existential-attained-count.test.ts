// An existential before a count of things that attain a standard (有5所…达到推荐标准), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: 有 before a count of things that attain a standard', () => {
  it('should support 有 after a scope as the count of a target (全镇有4所小学通过市级验收)', () => {
    expect(items('到2024年底，全镇有4所小学通过义务教育均衡发展市级验收。')).toEqual(['通过义务教育均衡发展市级验收的小学|4|所|=|target|2024']);
  });
  it('should support 累计有 / 已有 before the count of a level reached (截至2023年底累计有6家医院达到…)', () => {
    expect(items('截至2023年底，全区累计有6家民营医院达到二级医院评审标准。')).toEqual(['达到二级医院评审标准的民营医院|6|家|=|actual|2023']);
    expect(items('全市已有11个社区卫生服务中心达到推荐标准。').map((b) => b.split('|').slice(0, 5).join('|'))).toEqual(['达到推荐标准的社区卫生服务中心|11|个|=|actual']);
  });
  it('should not support 有 before a count whose things attain nothing (有3个乡镇开展试点, 有乡镇卫生院10所)', () => {
    expect(items('全县有3个乡镇开展家庭病床试点。')).toEqual([]);
    expect(items('全县有乡镇卫生院10所。')).toEqual([]);
  });
  it('should not support 有 with an adverb between the noun and the verb (有5家医院已通过评审)', () => {
    expect(items('全县有5家医院已通过等级评审。')).toEqual([]);
  });
});
