// Issuers of two general kinds (genre g167 and g170 showed them): the government a county's or district's report speaks for,
// named by its own place although the region is written with its city, and the 总队/支队/大队 of the 消防救援 and 公安
// services. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { lastDivision } from '../../src/meta/issuer.js';
import { doc, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta issuer: the government a report speaks for', () => {
  it('should support a county government named by the county alone when the text names its city', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月10日在南丰县第十八届人民代表大会第二次会议上', '县长　某某某', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2026年工作回顾', '在抚州市委、市政府的坚强领导下，全县经济稳中有进。'));
    expect(m.region).toBe('抚州市南丰县');
    expect(m.issuer).toBe('南丰县人民政府');
  });

  it('should not support cutting a region of one division (a city\'s own report)', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月8日在抚州市第六届人民代表大会第三次会议上', '市长　某某某', '各位代表：', '现在，我代表市人民政府，向大会报告工作。', '一、2026年工作回顾'));
    expect(m.issuer).toBe('抚州市人民政府');
  });

  it('should support the last division of a region written with its parents', () => {
    expect(lastDivision('九江市修水县', grammar)).toBe('修水县');
    expect(lastDivision('抚州市南丰县', grammar)).toBe('南丰县');
    expect(lastDivision('济南市市中区', grammar)).toBe('市中区');
    expect(lastDivision('阿拉善盟阿拉善左旗', grammar)).toBe('阿拉善左旗');
    expect(lastDivision('昆山市', grammar)).toBe('昆山市');
  });
});

describe('meta issuer: 消防救援 and 公安 services', () => {
  it('should support a 支队 named by the title a post\'s lead gives in 《》', async () => {
    const m = await meta(doc('某某消防｜2026年全市消防工作这样干', '原创 某某消防 某某消防 2026年02月03日 17:20 湖南', '近日，某某市消防救援支队印发《某某市消防救援支队2026年工作计划》。', '🎯2026年主要目标', '🔹新建消防站2座', '🔥一、全力防范化解重大风险', '（一）深化隐患排查。全年检查单位1万家次以上。', '来源：某某市消防救援支队'));
    expect(m.issuer).toBe('某某市消防救援支队');
  });

  it('should support a 大队 and a 总队 signing their plans', async () => {
    const county = await meta(doc('某县消防救援大队2026年工作要点', '一、加强火灾防控', '（一）开展隐患排查。全年检查单位2000家次。', '某县消防救援大队', '2026年2月1日'));
    expect(county.issuer).toBe('某县消防救援大队');
    const province = await meta(doc('某省消防救援总队2026年工作要点', '一、加强火灾防控', '（一）开展隐患排查。全年检查单位5万家次。', '某省消防救援总队', '2026年2月1日'));
    expect(province.issuer).toBe('某省消防救援总队');
  });
});
