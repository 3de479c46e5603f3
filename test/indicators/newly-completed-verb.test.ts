// 新建成 (newly completed) is how plans count works finished in the year: 新建 and 建成 read as one verb, whose object alone
// names the count (新建成口袋公园12个 → 口袋公园), as after 新建 or 建成 alone. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('新建成 as one works verb', () => {
  it('should support the object after 新建成 as the name (no stray 成)', () => {
    expect(names('全年新建成口袋公园12个。')).toEqual(['口袋公园|12|个']);
  });
  it('should support 新建成 with a count unit of institutions', () => {
    expect(names('年内新建成标准化村卫生室15家。').map((n) => n.split('|')[0])).toEqual(['标准化村卫生室']);
  });
  it('should support 新建 alone naming its object as before', () => {
    expect(names('全年新建充电桩200个。')).toEqual(['充电桩|200|个']);
  });
});
