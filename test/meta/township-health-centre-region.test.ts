// A township health centre is named after its town (某某镇卫生院, 某某乡中心卫生院): where the
// document names no county, no city and no place its furniture or campaigns give, its region is that town as written
// (grammars/meta.yaml region.townPlace; the gold of township health centres' plans takes the town). Documents written for these
// tests, with invented places.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const townPlan = (organ: string, body = '全院门诊人次达到3万人次，慢病患者随访率达到90%。'): string =>
  doc(`${organ}2027年工作计划`, '一、主要目标', body, '二、重点工作', '加强家庭医生签约服务。', organ, '2027年1月12日');

describe('meta region: a township health centre named after its town', () => {
  it('should support the town of a 镇卫生院 and of a 乡中心卫生院 when nothing else names a place', async () => {
    const m = await meta(townPlan('澜溪镇卫生院'));
    expect(m.region).toBe('澜溪镇');
    expect(m.regionCode).toBeNull();
    expect((await meta(townPlan('柏岭乡中心卫生院'))).region).toBe('柏岭乡');
  });

  it('should not support a town government or 街道办事处 (their documents place the town under its district)', async () => {
    expect((await meta(townPlan('云渡镇人民政府', '全镇新增就业120人。'))).region).toBeNull();
    expect((await meta(townPlan('云渡街道办事处', '全街道新增就业120人。'))).region).toBeNull();
  });

  it('should not support an organ that is no township organ, nor a template blank', async () => {
    expect((await meta(townPlan('澜溪眼科诊所'))).region).toBeNull();
    expect((await meta(townPlan('某某镇卫生院'))).region).toBeNull();
  });
});
