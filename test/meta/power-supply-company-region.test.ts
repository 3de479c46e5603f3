// A State Grid county or city company is named 国网 + the division it supplies + 供电公司 (国网某某县供电公司, 国网某某市供电公司):
// its work plan covers that division, though it never speaks of 全县 or 全市, and the group's short name 国网 stands before the
// place as 中共 stands before a party committee's (grammars/meta.yaml region.written, region.servesPlace). Documents written for
// these tests, with invented places.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const companyPlan = (organ: string): string =>
  doc(`${organ}2027年工作计划`, '一、主要目标', '公司售电量达到12.5亿千瓦时，供电可靠率达到99.9%。', '二、重点工作', '加强配网运维管理。', organ, '2027年1月8日');

describe('meta region: a 供电公司 named after the division it supplies', () => {
  it('should support the county of a 国网…县供电公司, with no 全县 in its text', async () => {
    const m = await meta(companyPlan('国网澜屿县供电公司'));
    expect(m.region).toBe('澜屿县');
    expect(m.regionCode).toBeNull();
  });

  it('should support the city of a 国网…市供电公司 and of a …县供电分公司', async () => {
    expect((await meta(companyPlan('国网澜屿市供电公司'))).region).toBe('澜屿市');
    expect((await meta(companyPlan('澜屿县供电分公司'))).region).toBe('澜屿县');
  });

  it('should not support a written place whose company is no supplier of it, in a text that never speaks of it', async () => {
    expect((await meta(companyPlan('国网澜屿县电力物资公司'))).region).toBeNull();
    expect((await meta(companyPlan('澜屿县光明电器公司'))).region).toBeNull();
  });
});
