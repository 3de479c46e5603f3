// A count of kinds writes its noun after the classifier (512个品种, 30个种类: grammars/indicators.yaml kindNouns), and a list
// whose verb or bound is written once goes on after that noun with 、 as it does after a bare unit: the next member is a
// value of the same list (执行集采药品累计达到512个品种、医用耗材38类).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const items = (text: string) => indicators(text, ANNUAL_2024).map((i) => [i.value, i.unit]);

describe('a list going on after a count of kinds', () => {
  it('should support the member after 个品种 with the verb written once', () => {
    expect(items('年内采购目录内药品达到380个品种、检验试剂26类。')).toEqual([[380, '个'], [26, '类']]);
  });
  it('should support the next object after 个种类 with the verb and bound written once', () => {
    expect(items('每个急救站配备急救药品不少于30个种类、急救设备8台。')).toEqual([[30, '个'], [8, '台']]);
  });
  it('should not support a list after a count of kinds that states a stock', () => {
    expect(items('全县现有基本药物目录药品380个品种、检验试剂26类。')).toEqual([]);
  });
});
