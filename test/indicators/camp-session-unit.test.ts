// 营次 is the unit a 侨联/共青团/教育/文旅 plan counts camp sessions in (夏令营8个营次, 研学营12营次): the camp is already named before the
// number, as 个班 counts classes, so 个营次 is the unit as written and the camp, not 营次, is what is counted. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const read = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: camp sessions counted in 个营次 / 营次', () => {
  it('should support 个营次 and 营次 as the unit of the camps named before the number', () => {
    expect(read('举办海外华裔青少年冬令营6个营次。')).toEqual(['海外华裔青少年冬令营|6|个营次']);
    expect(read('组织青少年研学营不少于10营次。')).toEqual(['青少年研学营|10|营次']);
  });
  it('should not support 营 after a Chinese numeral, nor a count in 个 of camp grounds, as a camp session', () => {
    expect(read('新建青少年营地3个。')).toEqual(['青少年营地|3|个']);
    expect(read('举办一营次夏令营开营仪式。')).toEqual([]);
  });
});
