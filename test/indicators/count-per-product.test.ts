// A count per a product of units (只/人·小时): the landing rate by which 病媒生物 (vector-control) and 爱国卫生 plans state
// mosquito density, and other counts per person-time. A product after the slash is a denominator, never a pair of alternative
// classifiers (40台/套). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

describe('indicators: a count per a product of units', () => {
  it('should support a count per person-hour (只/人·小时), with the bound word after it', () => {
    expect(brief(indicators('汛期居民区成蚊密度控制在1.5只/人·小时以下。'))).toEqual(['汛期居民区成蚊密度|1.5|只/人·小时|<=|target|']);
  });

  it('should support the product in brackets (只/（人·小时）)', () => {
    expect(brief(indicators('重点场所白纹伊蚊停落指数不高于2只/（人·小时）。'))).toEqual(['重点场所白纹伊蚊停落指数|2|只/（人·小时）|<=|target|']);
  });

  it('should not support a pair of count classifiers as a denominator (40台/套 stays alternatives)', () => {
    expect(brief(indicators('全年配备消杀器械不少于40台/套。'))).toEqual(['消杀器械|40|台/套|>=|target|']);
  });
});
