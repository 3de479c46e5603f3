// A dose counted in its own unit (治疗量 of platelets, 单位 of blood) after an occasion word (每次, 单次) is the size of each
// single act, a rule of the procedure as a volume in 毫升 is, not a level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

describe('the dose of one single act', () => {
  it('should support no item for a per-occasion dose range after the act verb', () => {
    expect(indicators('机采血小板每次采集1至2个治疗量，采集前须完成血常规检测。', MULTI_YEAR)).toEqual([]);
  });
  it('should support no item for a per-occasion dose with the object after it', () => {
    expect(indicators('单次采集2个治疗量的献血者应在采后留观。', ANNUAL_2024)).toEqual([]);
  });
  it('should support no item for a per-occasion dose named by a copula', () => {
    expect(indicators('每次单采量为1—2个治疗量。', ANNUAL_2024)).toEqual([]);
  });
});

describe('doses that are still levels', () => {
  it('should not support dropping a yearly total in the dose unit', () => {
    expect(brief(indicators('全年采集单采血小板1500个治疗量。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['1500|治疗量|=']);
  });
  it('should not support dropping a per-occasion dose with a bound word', () => {
    expect(brief(indicators('每次采集不少于2个治疗量。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2|治疗量|>=']);
  });
  it('should not support dropping a per-occasion dose a target verb sets', () => {
    expect(brief(indicators('每次单采平均采集量提高到1.8个治疗量。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['1.8|治疗量|=']);
  });
  it('should not support dropping a per-occasion count of people, which is no dose', () => {
    expect(brief(indicators('每次巡回培训基层人员50人。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['50|人']);
  });
});
