// A count of people written with its multiplier only (人口50万, 服务人口30万), bounded (以上, 以下) and run into 的 or a noun, classes
// that noun (常住人口30万以上的县, 服务人口10万以下的乡镇): planning norms size provision by the population of a place, and the
// population is then part of the name of the places counted, as 常住人口20万人以上的县 is (grammar: 万 is a qualifier, as 人 is).
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a bounded population in 万 before the places it classes is no item', () => {
  it('should support a population class before 的 as no item of its own', () => {
    expect(brief(indicators('常住人口30万以上的县至少建设1所二级甲等中医医院。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['1|所']);
    expect(brief(indicators('服务人口10万以下的乡镇可设置1个急救分站。', ANNUAL_2024)).every((b) => !b.includes('|10|万|'))).toBe(true);
  });
  it('should not support dropping a population count a plan reaches', () => {
    expect(brief(indicators('平台注册用户达到50万以上。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['50|万|>=']);
    expect(brief(indicators('签约服务人口突破120万。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['120|万']);
  });
});
