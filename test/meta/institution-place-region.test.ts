// A public hospital, health institution or school is named after the place it serves (某某市中心医院, 某某县人民医院): where the
// divisions dataset does not know that place (an invented, new or renamed division), its plan's region is still the place its name
// opens with, though it speaks of 全院 and never of 全市 (grammars/meta.yaml region.servesPlace). Documents written for these tests,
// with invented places.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const hospitalPlan = (organ: string): string =>
  doc(`${organ}2027年工作计划`, '一、主要目标', '全院门急诊人次达到95万人次，平均住院日控制在8天以内。', '二、重点工作', '加强重点专科建设。', organ, '2027年1月9日');

describe('meta region: an institution named after the place it serves', () => {
  it('should support the city a 中心医院 is named after, with no 全市 in its text', async () => {
    const m = await meta(hospitalPlan('澜屿市中心医院'));
    expect(m.region).toBe('澜屿市');
    expect(m.regionCode).toBeNull();
  });

  it('should support the county of a 第二人民医院 and of a 疾病预防控制中心', async () => {
    expect((await meta(hospitalPlan('澜屿县第二人民医院'))).region).toBe('澜屿县');
    expect((await meta(hospitalPlan('澜屿县疾病预防控制中心'))).region).toBe('澜屿县');
  });

  it('should not support a written place whose name goes on as no institution serving it, in a text that never speaks of it', async () => {
    expect((await meta(hospitalPlan('澜屿市光明眼科诊所'))).region).toBeNull();
  });
});
