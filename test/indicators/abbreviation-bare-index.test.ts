// A metric measured without a unit (病例组合指数, 路面技术状况指数) is often named once in full with its abbreviation in
// brackets after it (病例组合指数（CMI）), the GB/T 1.1 and 公文 way of introducing a short form; plans then write 值 after the
// brackets (病例组合指数（CMI）值达到1.1) and give a baseline with its year (指数（CMI）由2020年的0.9提高到1.0). The brackets are
// part of the name and put no distance between the head and its bare value. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

describe('bare values of a unitless index named with its bracketed abbreviation', () => {
  it('should support 值 after the abbreviation in brackets', () => {
    expect(brief(indicators('到2030年，全院病例组合指数（CMI）值达到1.15以上。'))).toEqual(['全院病例组合指数（CMI）值|1.15||>=|target|2030']);
  });
  it('should support 值 after half-width brackets too', () => {
    expect(indicators('外科病例组合指数(CMI)值提高到1.3。').map((i) => i.value)).toEqual([1.3]);
  });
  it('should support a dated baseline after the bracketed abbreviation and the level reached', () => {
    expect(indicators('病例组合指数（CMI）由2022年的0.88提高到1.05。').map((i) => [i.value, i.kind])).toEqual([[0.88, 'baseline'], [1.05, 'target']]);
  });
  it('should not support a bare number after brackets that hold no abbreviation of a unitless head', () => {
    expect(indicators('建设区域医疗中心（省级）由2022年的3提高到5。')).toEqual([]);
  });
  it('should not support a bare number after 值 of a metric that has a unit', () => {
    expect(indicators('工业增加值（GDP核算口径）值达到1.2。')).toEqual([]);
  });
});
