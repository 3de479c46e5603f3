// A project list says who pays for each project (资金来源：…): the share or the sum each level of government bears is a funding
// arrangement, not a level to reach. Provinces and cities name the levels below them as one tier (区县, 县区, 市州, 市本级), and a
// list often writes the split in money, each sum named by nothing but its payer (市级财政800万元、区县财政600万元). A bounded share,
// a sum with more in its name, or a count stays. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

const amounts = (text: string): string[] => names(text, ANNUAL_2024).map((n) => n.split('|').slice(1).join('|'));

describe('indicators: a cost split over two-tier levels or in money (区县承担N%, 市级财政N万元)', () => {
  it('should support the share a two-tier level bears as no indicator', () => {
    expect(amounts('新建乡镇污水处理站6座。资金来源：市级承担30%、区县承担70%。')).toEqual(['6|座']);
    expect(amounts('改造村级卫生室40所，省级承担50%、市州承担30%、县区承担20%。')).toEqual(['40|所']);
  });
  it('should support the sums named only by their payer as no indicator', () => {
    expect(amounts('新建城市书房10个。计划投资900万元，资金来源：中央和省级补助300万元、市级财政500万元、区县财政400万元。')).toEqual(['10|个']);
    expect(amounts('新建城市书房10个。计划投资900万元，资金来源：省级补助300万元、市级财政500万元、区县财政400万元。')).toEqual(['10|个']);
  });
  it('should not support a bounded share, or a sum with more in its name, as no indicator', () => {
    expect(amounts('区县财政承担比例不低于40%。')).toEqual(['40|%']);
    expect(amounts('市级财政安排专项资金500万元。')).toEqual(['500|万元']);
  });
});
