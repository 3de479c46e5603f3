// A pesticide is named on its label and registration by its strength, its active ingredient(s) and its formulation type (GB/T
// 19378: 悬浮剂, 可湿性粉剂, 乳油, 水剂, 颗粒剂 …; a mixture joins its ingredients with ·): the percentage before such a name is
// part of what the product is called, advice a 农技/植保 plan passes on, no rate it sets. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the strength in a pesticide name (30%苯醚甲环唑悬浮剂, 40%毒死蜱乳油)', () => {
  it('should support the strength before a formulation name as no indicator', () => {
    expect(values('防治稻瘟病可选用75%三环唑可湿性粉剂兑水喷雾。')).toEqual([]);
    expect(values('蚜虫发生时，每亩用22%噻虫·高氯氟微囊悬浮剂喷雾防治。')).toEqual([]);
    expect(values('推荐使用40%毒死蜱乳油防治地下害虫。')).toEqual([]);
  });
  it('should not support a rate of the plan next to a formulation word as no indicator', () => {
    expect(values('高效低毒低残留农药使用占比达到85%。')).toEqual(['85|%']);
    expect(values('全县悬浮剂等环境友好型剂型推广面积占比提高到40%。')).toEqual(['40|%']);
  });
});
