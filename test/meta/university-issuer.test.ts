// A university or college signing its own plan, alone or with its party committee: the institution is the issuer, and when
// its name opens with a prefecture-level city's short name (某某理工大学 in 某某市) that city is the region, as a school's or a
// hospital's plan takes the county it is in. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: a university signing its own plan', () => {
  it('should support a university and its party committee as joint issuers, and the city its name opens with as the region', async () => {
    const m = await meta(
      doc(
        '南昌科技大学2027年工作要点',
        '　　2027年学校工作的总体要求是：落实立德树人根本任务，推动学校高质量发展。',
        '　　一、加强学科建设',
        '　　新增硕士学位授权点2个。',
        '中共南昌科技大学委员会　　　南昌科技大学',
        '2027年3月2日',
      ),
    );
    expect(m.issuer).toBe('中共南昌科技大学委员会 南昌科技大学');
    expect(m.region).toBe('南昌市');
    expect(m.kind).toBe('工作要点');
  });

  it('should support a 学院 named after its city', async () => {
    const m = await meta(doc('九江工程学院2027年工作计划', '　　一、主要目标', '　　招收本科生4000人。', '九江工程学院', '2027年1月15日'));
    expect(m.issuer).toBe('九江工程学院');
    expect(m.region).toBe('九江市');
  });

  it('should not support a province named at the start of a university as its city', async () => {
    const m = await meta(doc('湖南工业技术大学2027年工作要点', '　　一、主要目标', '　　招收本科生4000人。', '湖南工业技术大学', '2027年2月1日'));
    expect(m.issuer).toBe('湖南工业技术大学');
    expect(m.region).toBeNull();
  });
});
