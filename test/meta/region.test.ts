import { describe, expect, it } from 'vitest';
import { divisionIndex, displayName } from '../../src/meta/divisions.js';
import { placesIn, resolveChain } from '../../src/meta/region.js';
import { doc, meta } from './meta-helpers.js';

const index = divisionIndex([/市辖区/u, /直辖县级/u, /^县$/u]);

describe('meta: region', () => {
  it('should support a city and district from the issuer, with its 行政区划代码', async () => {
    const m = await meta(doc('厦门市翔安区卫生健康局2024年工作计划', '一、坚持党的领导'));
    expect(m.region).toBe('厦门市翔安区');
    expect(m.regionCode).toBe('350213');
  });

  it('should support the district a city bureau\'s branch (分局) is named after', async () => {
    const m = await meta(doc('广州市生态环境局增城分局2026年工作计划', '一、总体目标', '全区空气质量优良天数比例达到92%以上。'));
    expect([m.region, m.regionCode]).toEqual(['广州市增城区', '440118']);
    const police = await meta(doc('沈阳市公安局浑南分局2026年工作要点', '一、工作目标'));
    expect(police.region).toBe('沈阳市浑南区');
  });

  it('should not support a 分局 named by no district of its city as a district', async () => {
    const m = await meta(doc('广州市生态环境局机动车排放管理分局2026年工作计划', '一、总体目标'));
    expect(m.region).toBe('广州市');
  });

  it('should support a city', async () => {
    const m = await meta(doc('辽源市卫生健康“十四五”规划', '一、发展基础'));
    expect([m.region, m.regionCode]).toEqual(['辽源市', '220400']);
  });

  it('should support a district of a 直辖市 named with its city', async () => {
    const m = await meta(doc('2023年宝山区卫生健康工作要点', '一、加强防控', '上海市宝山区卫生健康委员会 2023年3月20日'));
    expect([m.region, m.regionCode]).toEqual(['上海市宝山区', '310113']);
  });

  it('should support a campaign name at the level the document speaks at (健康中山 + 全市)', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作', '确保“十四五”健康中山建设开好局。', '一方面,要推进健康中山10项专项行动,我市要抓实疫情防控。'));
    expect([m.region, m.regionCode]).toEqual(['中山市', '442000']);
  });

  it('should support 全国 for a national document', async () => {
    expect((await meta(doc('国务院办公厅关于印发全民健康素养促进工作方案的通知', '国办发〔2019〕31号', '全民健康素养促进工作方案'))).region).toBe('全国');
    expect((await meta(doc('中国妇女发展纲要(2001—2010年)', '一、妇女与经济'))).region).toBe('全国');
    expect((await meta(doc('“健康中国2030”规划纲要', '第一篇 总体战略'))).region).toBe('全国');
  });

  it('should support an ambiguous district name by the places the document mentions', () => {
    const chain = placesIn('宝山区卫生健康委员会', index);
    expect(chain[0]?.length).toBeGreaterThan(1);
    const d = resolveChain(chain, '上海市宝山区人民政府门户网站');
    expect(d && displayName(d)).toBe('上海市宝山区');
  });

  it('should not support a two-character county name on its own (城区, 矿区)', () => {
    expect(placesIn('城区医疗服务', index)).toEqual([]);
    expect(placesIn('阳泉市城区', index).map((c) => c[0]?.name)).toEqual(['阳泉市', '城区']);
  });

  it('should not support places the plan only mentions in its body', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作', '一、做好西藏林芝、云南昭通、潮州医疗卫生对口帮扶。'));
    expect(m.region).toBeNull();
    expect(m.regionCode).toBeNull();
  });

  it('should support a district named with its city, a county and a county-level city on their own', async () => {
    // gold README / dev d03: a county whose city the text never names is written as the document names it
    // (阜新蒙古族自治县); district names repeat from city to city and are written with it.
    expect((await meta(doc('仙居县卫生健康局2023年工作计划', '一、加强党建'))).region).toBe('仙居县');
    expect((await meta(doc('阜新蒙古族自治县卫生健康局2020年工作要点', '一、加强党建'))).region).toBe('阜新蒙古族自治县');
    expect((await meta(doc('翔安区卫生健康局2024年工作计划', '一、加强党建', '厦门市'))).region).toBe('厦门市翔安区');
    const m = await meta(doc('昆山市卫生健康委员会2023年工作要点', '一、加强党建'));
    expect([m.region, m.regionCode]).toEqual(['昆山市', '320583']);
  });
  it('should support a county or banner with its city when the document names that city (written in full, as a district is)', async () => {
    // dev d03's note writes 阜新蒙古族自治县 alone because "neither [阜新市 nor 辽宁省] is named in the text".
    const cited = await meta(doc('仙居县卫生健康局2026年工作计划', '根据《台州市2026年卫生健康工作要点》，制定本计划。', '一、加强党建'));
    expect([cited.region, cited.regionCode]).toEqual(['台州市仙居县', '331024']);
    expect((await meta(doc('宁城县教育体育局2026年工作要点', '认真落实赤峰市教育工作会议部署。', '一、总体要求'))).region).toBe('赤峰市宁城县');
  });
  it('should not support a city before a county-level city, nor before a county whose city the text does not name', async () => {
    expect((await meta(doc('昆山市卫生健康委员会2026年工作要点', '落实苏州市卫生健康工作会议部署。', '一、加强党建'))).region).toBe('昆山市');
    expect((await meta(doc('仙居县卫生健康局2026年工作计划', '落实全市卫生健康工作会议部署。', '一、加强党建'))).region).toBe('仙居县');
  });

  it('should support the short form of an autonomous prefecture, county or banner (恩施州, 长阳县), written in full', async () => {
    const a = await meta(doc('恩施州卫生健康委员会关于印发2025年工作要点的通知', '各县市卫生健康局：', '2025年卫生健康工作要点', '一、总体要求'));
    expect([a.region, a.regionCode]).toEqual(['恩施土家族苗族自治州', '422800']);
    const b = await meta(doc('2025年卫生健康工作要点', '一、总体要求', '长阳县卫生健康局', '2025年2月1日'));
    expect([b.region, b.regionCode]).toEqual(['长阳土家族自治县', '420528']);
    expect(placesIn('海南州人民政府', index, [{ suffix: '自治州', written: '州' }]).map((ds) => ds.map((d) => d.name))).toEqual([['海南藏族自治州']]);
  });

  it('should not support a short form for a division that is not autonomous (恩施县 is no 恩施市), nor without the grammar', () => {
    const forms = [{ suffix: '自治州', written: '州' }, { suffix: '自治县', written: '县' }];
    expect(placesIn('恩施县卫生健康局', index, forms)).toEqual([]);
    expect(placesIn('恩施州卫生健康委员会', index)).toEqual([]);
  });

  it('should support a province', async () => {
    const m = await meta(doc('广东省卫生健康委关于印发2023年全省卫生健康工作要点的通知', '各地级以上市卫生健康局:'));
    expect([m.region, m.regionCode]).toEqual(['广东省', '440000']);
  });

  it('should not support 健康 phrases that are no campaign (健康长寿, 健康平安)', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作', '一、保障全市老年人健康长寿,守护群众健康平安。'));
    expect(m.region).toBeNull();
  });

  it('should support a place named in a short head line (a report\'s subtitle)', async () => {
    const m = await meta(doc('政府工作报告', '——2026年1月26日在广东省第十四届', '人民代表大会第五次会议上', '各位代表：', '一、工作回顾'));
    expect([m.region, m.regionCode]).toEqual(['广东省', '440000']);
  });

  it('should support a two-character county opening a speaker\'s line or the congress of a subtitle (息县, 沛县)', async () => {
    const speaker = await meta(doc('政府工作报告', '息县人民政府县长　张某某', '各位代表：', '一、工作回顾', '全县地区生产总值增长5%。'));
    expect([speaker.region, speaker.regionCode]).toEqual(['息县', '411528']);
    const subtitle = await meta(doc('政府工作报告', '——2026年1月9日在沛县第十八届人民代表大会第六次会议上', '各位代表：', '一、工作回顾', '全县地区生产总值增长5%。'));
    expect(subtitle.region).toBe('沛县');
  });

  it('should not support a place a head sentence only cites', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作', '为贯彻《广东省卫生健康事业发展规划》，结合实际，制定本要点。', '一、加强党建'));
    expect(m.region).toBeNull();
  });

  it('should support a two-character county opening an organ name or a title (息县, 沛县)', async () => {
    expect((await meta(doc('息县卫生健康委员会文件', '息县2025年疾病预防控制工作计划', '一、目标'))).region).toBe('息县');
    expect((await meta(doc('沛县2025年卫生健康工作要点', '一、目标'))).regionCode).toBe('320322');
  });

  it('should not support a two-character name met by chance (城乡和县级医院) or a two-character district that is also a word (城区)', async () => {
    expect((await meta(doc('关于加强城乡和县级医院建设的意见', '一、目标'))).region).toBeNull();
    expect((await meta(doc('城区供水管网改造实施方案', '一、目标'))).region).toBeNull();
  });

  // Places the divisions dataset does not know (a division created or renamed after it, a misspelt or invented name).
  it('should support a place the dataset lacks as the title or the issuer writes it, at the level the document speaks at', async () => {
    const m = await meta(doc('鹭川市卫生健康委员会2026年工作要点', '一、深化改革', '全市卫生健康工作以人民健康为中心。'));
    expect([m.region, m.regionCode]).toEqual(['鹭川市', null]);
    expect((await meta(doc('岭西省2026年中医药工作要点', '一、总体要求', '全省中医药工作稳中求进。'))).region).toBe('岭西省');
  });
  it('should support a district the dataset lacks with the city its page or its known city writes before it', async () => {
    const page = await meta(doc('枫林区卫生健康局2026年工作要点_计划总结_云溪市枫林区人民政府', '首页 > 政务公开 > 计划总结', '枫林区卫生健康局2026年工作要点', '全区卫生健康工作坚持以人民健康为中心。', '一、深化改革'));
    expect(page.region).toBe('云溪市枫林区');
    const known = await meta(doc('厦门市澜湾区人民政府办公室关于印发2026年工作要点的通知', '全区各单位：', '一、深化改革'));
    expect([known.region, known.regionCode]).toEqual(['厦门市澜湾区', null]);
  });
  it('should support the place of a report as its subtitle names the congress', async () => {
    const m = await meta(doc('政府工作报告', '——2026年1月20日在鹭川市第九届人民代表大会第三次会议上', '各位代表：', '一、2025年工作回顾', '全市地区生产总值增长5%。'));
    expect([m.region, m.issuer]).toEqual(['鹭川市', null]);
  });
  it('should not support a written place the document does not speak at, a word for a kind of area, or a one-character name', async () => {
    expect((await meta(doc('鹭川市卫生健康委员会2026年工作要点', '一、深化改革', '持续提升服务能力。'))).region).toBeNull();
    expect((await meta(doc('健康城市建设2026年工作要点', '一、深化改革', '全市卫生健康工作以人民健康为中心。'))).region).toBeNull();
    expect((await meta(doc('滨江开发区2026年工作要点', '一、深化改革', '全区经济稳中求进。'))).region).toBeNull();
    expect((await meta(doc('某县2026年卫生健康工作要点', '一、深化改革', '全县卫生健康工作稳中求进。'))).region).toBeNull();
  });
});
