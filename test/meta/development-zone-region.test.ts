// A development zone is named after the city it lies in by the city's short name, without 市 (某某高新技术产业开发区, 某某经济技术
// 开发区, 某某高新区), and its 管理委员会, an agency of the city government, issues the zone's plans: their region is that city, as
// the gold of 开发区 plans takes it. Where the divisions dataset does not know the city (an invented, new or renamed one), the short
// name counts when the text also writes the city in full (short name + 市, as in the 抄送 to its 市人民政府) (grammars/meta.yaml
// region.zonePlace). Documents written for these tests, with invented places.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const zonePlan = (organ: string, cc = '抄送：澜屿市人民政府办公室。'): string =>
  doc('澜屿高新区2027年工作要点', '一、主要目标', '规上工业总产值增长10%，新增高新技术企业30家。', '二、重点工作', '加快标准厂房建设。', cc, organ, '2027年2月3日');

describe('meta region: a development zone named after its city by the short name', () => {
  it('should support the city of a 高新技术产业开发区 or 经济技术开发区 管理委员会 the text writes in full', async () => {
    const m = await meta(zonePlan('澜屿高新技术产业开发区管理委员会'));
    expect(m.region).toBe('澜屿市');
    expect(m.regionCode).toBeNull();
    expect((await meta(zonePlan('澜屿经济技术开发区管理委员会'))).region).toBe('澜屿市');
  });

  it('should not support a short name the text never writes as a city, nor an organ that is no zone organ', async () => {
    expect((await meta(zonePlan('澜屿高新技术产业开发区管理委员会', '抄送：市发展改革委。'))).region).toBeNull();
    expect((await meta(zonePlan('澜屿光学仪器有限公司'))).region).toBeNull();
  });
});
