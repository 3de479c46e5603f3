// 亩均 ("per mu") is the basis of farmland investment and land-use returns (高标准农田建设亩均投入不低于…元, 财政补助亩均…元,
// 亩均税收达到…万元): one word, whose 均 is no distributor (均 "all" of 分别/均), as 人均 and 户均 are not (grammar adverbs).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: 亩均 as one word of a per-mu basis', () => {
  it('should support 亩均 kept in the name before its measure', () => {
    expect(names('全县高标准农田建设亩均投入不低于3200元。')).toEqual(['高标准农田建设亩均投入|3200|元']);
    expect(names('示范区亩均投入不低于2800元，亩均节本增效300元以上。')).toEqual(['示范区亩均投入|2800|元', '亩均节本增效|300|元']);
  });
  it('should not support 亩均 split into 亩 and a distributor before a subsidy per mu', () => {
    expect(names('其中省级和市级财政补助亩均1900元。')).toEqual([]);
  });
});
