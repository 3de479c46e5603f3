// Chinese counts two things or occasions with 两 (两次, 两个): 二 alone right before a classifier, with a word going on after it,
// opens a compound term (二次供水, 二次污染, 二次开发), as water-supply, 卫生监督 and 住建 plans write the secondary supply of
// high-rise buildings. Such a term counts nothing (grammar wordNumerals). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

describe('二 before a classifier as the opening of a compound term', () => {
  it('should not support 二次 of 二次供水 after an object verb as a count', () => {
    expect(indicators('建立二次供水设施维保档案。')).toEqual([]);
  });
  it('should not support 二次 of 二次供水 after 完成 as a count', () => {
    expect(indicators('完成二次供水泵房提标改造。')).toEqual([]);
  });
  it('should not support 二次 as a count while the real count of the sentence stays', () => {
    expect(indicators('改造老旧小区二次供水设施45处。').map((i) => [i.value, i.unit])).toEqual([[45, '处']]);
  });
  it('should not support dropping a count written 二次 before a bound word', () => {
    expect(brief(indicators('全年开展联合督查不少于二次。')).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2|次|>=']);
  });
  it('should not support dropping a longer numeral ending in 二 before a classifier', () => {
    expect(indicators('开展十二次巡回义诊。').map((i) => i.value)).toEqual([12]);
  });
});
