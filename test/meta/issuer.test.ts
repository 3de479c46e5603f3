import { describe, expect, it } from 'vitest';
import { expandOrgan, leadingOrgan } from '../../src/meta/issuer.js';
import { doc, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta: issuer', () => {
  it('should support the signature of a notice', async () => {
    const m = await meta(
      doc('辽源市人民政府办公室关于印发辽源市卫生健康“十四五”规划的通知', '各县、区人民政府:', '现印发给你们。', '  辽源市人民政府办公室', '', '  2022年12月30日', '辽源市卫生健康“十四五”规划'),
    );
    expect(m.issuer).toBe('辽源市人民政府办公室');
  });

  it('should support a signature and its date on one line', async () => {
    const m = await meta(doc('2023年宝山区卫生健康工作要点', '一、加强防控', '上海市宝山区卫生健康委员会\u00a0\u00a0\u00a0\u00a0\u00a0\u00a02023年3月20日'));
    expect(m.issuer).toBe('上海市宝山区卫生健康委员会');
  });

  it('should support a red header', async () => {
    const m = await meta(doc('贵阳市卫生健康局文件', '', '市卫生健康局关于印发《2020年全市卫生健康工作要点》的通知', '2020年全市卫生健康工作要点'));
    expect(m.issuer).toBe('贵阳市卫生健康局');
  });

  it('should support the header of an order (某市人民政府令) over a page panel\'s 来源', async () => {
    const m = await meta(doc('某市城市绿化管理办法', '发布日期：2025-06-10　来源：市城市管理局', '某市人民政府令', '第15号', '《某市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布。', '市长　王某某', '2025年6月3日', '某市城市绿化管理办法', '第一章　总则', '第一条　为了促进城市绿化事业发展，制定本办法。'));
    expect(m.issuer).toBe('某市人民政府');
  });

  it('should not support a title ending in 禁令 as an order\'s header', async () => {
    const m = await meta(doc('某市烟花爆竹禁令', '发布日期：2025-06-10　来源：市公安局', '一、禁止燃放区域'));
    expect(m.issuer).toBe('市公安局');
  });

  it('should not support a breadcrumb that ends in the panel\'s short organ name as that organ written in full', async () => {
    const m = await meta(doc('沭阳县卫生健康局2026年工作要点-沭阳县人民政府', '首页 > 政务公开 > 部门文件 > 县卫生健康局', '沭阳县卫生健康局2026年工作要点',
      '发布时间：2026-02-13 09:30　　来源：县卫生健康局', '一、主要目标', '全县家庭医生签约率达到45%。'));
    expect(m.issuer).not.toContain('首页');
  });

  it('should support the organ under an excerpt\'s title when the body\'s first chapter follows it, with no cover date', async () => {
    const m = await meta(doc('某省“十五五”卫生健康事业发展规划（节选）', '某省卫生健康委员会', '第一章　发展基础', '“十四五”期间，全省卫生健康事业稳步发展。'));
    expect(m.issuer).toBe('某省卫生健康委员会');
  });

  it('should not support an organ line under the title followed by body text (a 主送 or a sentence)', async () => {
    const m = await meta(doc('某省“十五五”卫生健康事业发展规划', '某省卫生健康委员会', '为推进健康某省建设，制定本规划。', '一、发展基础'));
    expect(m.issuer).toBeNull();
  });

  it('should support the body a plan\'s cover names under its title above a date of the month alone', async () => {
    const m = await meta(doc('某县“十四五”卫生健康事业发展规划', '某县卫生健康局', '二〇二二年六月', '第一章　发展基础', '“十三五”期间，全县卫生健康事业取得显著成效。'));
    expect(m.issuer).toBe('某县卫生健康局');
    expect(m.publishDate).toBeNull();
    const arabic = await meta(doc('某县“十四五”卫生健康事业发展规划', '某县卫生健康局', '2022年6月', '一、发展基础'));
    expect(arabic.issuer).toBe('某县卫生健康局');
  });

  it('should support a cover whose title is followed by an editor\'s mark of an excerpt (（节选）) before the organ and date', async () => {
    const m = await meta(doc('某市“十五五”综合交通运输发展规划', '（节选）', '某市交通运输局', '2026年4月', '第一章　发展基础', '“十四五”期间，全市交通建设取得明显成效。'));
    expect(m.issuer).toBe('某市交通运输局');
    expect(m.title).toBe('某市“十五五”综合交通运输发展规划');
  });

  it('should not support a status line other than an editor\'s mark between a title and an organ line as a cover', async () => {
    const m = await meta(doc('“十五五”综合交通运输发展规划', '（共五章）', '某市交通运输局', '2026年4月', '第一章　发展基础'));
    expect(m.issuer).toBeNull();
  });

  it('should not support an organ line under a title with no cover date under it', async () => {
    const m = await meta(doc('“十四五”卫生健康事业发展规划', '某县卫生健康局', '为加快推进健康建设，制定本规划。', '一、发展基础'));
    expect(m.issuer).toBeNull();
  });

  it('should support the organ a title starts with', async () => {
    expect((await meta(doc('厦门市翔安区卫生健康局2024年工作计划', '一、坚持党的领导'))).issuer).toBe('厦门市翔安区卫生健康局');
    expect(leadingOrgan('国务院办公厅关于印发全民健康素养促进工作方案的通知', grammar)).toBe('国务院办公厅');
    expect(leadingOrgan('上海市宝山区卫生健康委员会关于印发…的通知', grammar)).toBe('上海市宝山区卫生健康委员会');
  });

  it('should support a panel name expanded to the full name the document uses', () => {
    expect(expandOrgan('区卫生健康委', ['上海市宝山区卫生健康委员会'])).toBe('上海市宝山区卫生健康委员会');
    expect(expandOrgan('区卫生健康委', ['上海市卫生健康委员会'])).toBeNull();
  });

  it('should not support the hosting site or a news agency as the issuer', async () => {
    const m = await meta(doc('2021年全市卫生健康重点工作-中山市人民政府', '', '来源:新华社', '2021年全市卫生健康重点工作', '一方面,要抓实疫情防控。'));
    expect(m.issuer).toBeNull();
  });

  it('should not support a plan title without an organ', async () => {
    expect((await meta(doc('2021年全市卫生健康重点工作', '一、加强党建'))).issuer).toBeNull();
  });

  it('should support the 人民政府 a report is delivered on behalf of', async () => {
    const m = await meta(doc('政府工作报告', '——2024年1月20日在湖北省第十四届人民代表大会第二次会议上', '湖北省省长　某某某', '各位代表：', '现在，我代表省人民政府，向大会报告工作。', '一、工作回顾'));
    expect(m.issuer).toBe('湖北省人民政府');
    expect(m.region).toBe('湖北省');
    const council = await meta(doc('政府工作报告', '各位代表：', '现在，我代表国务院，向大会报告工作。', '一、工作回顾'));
    expect(council.issuer).toBe('国务院');
  });

  it('should support the town a 镇长 speaks for when the report covers its county', async () => {
    const m = await meta(doc('政府工作报告', '——2026年1月6日在某某县青石镇第八届人民代表大会第五次会议上', '青石镇镇长　王某某', '各位代表：', '现在，我代表镇人民政府，向大会报告工作，请予审议。', '一、2025年工作回顾'));
    expect(m.issuer).toBe('青石镇人民政府');
    const township = await meta(doc('政府工作报告', '——2026年1月7日在某某县白云乡第十届人民代表大会第四次会议上', '白云乡代乡长　李某', '各位代表：', '我代表乡人民政府向大会报告工作。', '一、过去一年工作回顾'));
    expect(township.issuer).toBe('白云乡人民政府');
  });

  it('should support a town\'s speaker line that names its 人民政府 and the 镇长 or 乡长 (某镇人民政府镇长　某某)', async () => {
    const m = await meta(doc('政府工作报告', '——2026年1月8日在某某市青石镇第九届人民代表大会第三次会议上', '青石镇人民政府镇长  王某某', '各位代表：', '现在，我代表镇人民政府向大会报告工作。', '一、2025年工作回顾'));
    expect(m.issuer).toBe('青石镇人民政府');
    const township = await meta(doc('政府工作报告', '——2026年1月8日在某某县白云乡第十届人民代表大会第四次会议上', '白云乡人民政府代乡长　李某', '各位代表：', '我代表乡人民政府向大会报告工作。', '一、过去一年工作回顾'));
    expect(township.issuer).toBe('白云乡人民政府');
  });

  it('should support the town of the congress a report was delivered at where the speaker line gives the office alone (镇长　某某)', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月9日在青石镇第十八届人民代表大会第五次会议上', '镇长　王某某', '各位代表：', '现在，我代表镇人民政府向大会报告工作。', '一、2026年工作回顾', '2026年，在德清县委、县政府的坚强领导下，全镇经济稳中有进。'));
    expect(m.issuer).toBe('青石镇人民政府');
    expect(m.region).toBe('德清县');
    const named = await meta(doc('政府工作报告', '——2027年1月9日在某某县白云乡第十届人民代表大会第五次会议上', '乡长　李某', '各位代表：', '我代表乡人民政府向大会报告工作。', '一、过去一年工作回顾'));
    expect(named.issuer).toBe('白云乡人民政府');
    const short = await meta(doc('政府工作报告', '——2027年1月9日在攸县皇图岭镇第十八届人民代表大会第五次会议上', '镇长　李某', '各位代表：', '我代表镇人民政府向大会报告工作。', '一、过去一年工作回顾'));
    expect(short.issuer).toBe('皇图岭镇人民政府');
  });

  it('should support the 人民政府 a report is delivered for by commission (受镇人民政府委托，我向大会报告政府工作)', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月9日在青石镇第十八届人民代表大会第五次会议上', '代镇长　王某某', '各位代表：', '受镇人民政府委托，我向大会报告政府工作，请予审议。', '一、2026年工作回顾', '过去一年，在德清县委、县人民政府的坚强领导下，全镇经济稳中有进。'));
    expect(m.issuer).toBe('青石镇人民政府');
    expect(m.region).toBe('德清县');
    const city = await meta(doc('政府工作报告', '——2026年1月12日在某某市第十届人民代表大会第六次会议上', '副市长　李某', '各位代表：', '受市人民政府委托，现在我向大会报告工作。', '一、2025年工作回顾'));
    expect(city.issuer).toBe('某某市人民政府');
  });

  it('should not support a commission that is no government speaking through its report (受市卫生健康委委托)', async () => {
    const m = await meta(doc('2027年工作计划', '受市卫生健康委委托，某中心承担全市健康教育工作。', '一、主要任务'));
    expect(m.issuer).toBeNull();
  });

  it('should not support a congress of another level than the 人民政府 the report speaks for', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月9日在某某县第十八届人民代表大会第五次会议上', '镇长　李某', '各位代表：', '我代表镇人民政府向大会报告工作。', '一、过去一年工作回顾'));
    expect(m.issuer).not.toBe('某某县人民政府');
  });

  it('should not support a speaker place of another level than the 人民政府 the report speaks for', async () => {
    const m = await meta(doc('政府工作报告', '——2026年1月6日在某某县青石镇第八届人民代表大会第五次会议上', '某某县县长　王某某', '各位代表：', '现在，我代表镇人民政府，向大会报告工作。', '一、2025年工作回顾'));
    expect(m.issuer).toBeNull();
  });

  it('should support the 人民政府 a report\'s speaker line names, as written', async () => {
    const m = await meta(doc('政府工作报告', '——2025年1月10日在某市某某区第三届人民代表大会第五次会议上', '某某区人民政府区长　张某某', '各位代表：', '现在，我代表区人民政府，向大会报告工作。', '一、工作回顾'));
    expect(m.issuer).toBe('某某区人民政府');
    const acting = await meta(doc('政府工作报告', '某县人民政府代县长　艾尔肯·某某', '各位代表：', '现在，我代表县人民政府，向大会报告工作。', '一、工作回顾'));
    expect(acting.issuer).toBe('某县人民政府');
    // A 摘要 may print the office without the speaker's name.
    const unnamed = await meta(doc('政府工作报告（摘要）', '——2026年1月8日在某市某某区第十九届人民代表大会第六次会议上', '某某区人民政府区长', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '一、工作回顾'));
    expect(unnamed.issuer).toBe('某某区人民政府');
    // Or the body alone on its line, as written (not completed with the city the subtitle names).
    const body = await meta(doc('政府工作报告', '——2026年1月12日在大同市平城区第二届人民代表大会第六次会议上', '平城区人民政府', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '一、工作回顾'));
    expect(body.issuer).toBe('平城区人民政府');
  });
  it('should not support a 人民政府 alone on a line away from the subtitle (a portal\'s name above the title) as the speaker', async () => {
    const m = await meta(doc('大同市人民政府', '政府工作报告', '——2026年1月12日在大同市平城区第二届人民代表大会第六次会议上', '平城区人民政府区长　张某', '各位代表：', '现在，我代表区人民政府向大会报告工作。', '一、工作回顾'));
    expect(m.issuer).toBe('平城区人民政府');
  });

  it('should support the 人民政府 a report speaks for over the office a page names as its 信息来源', async () => {
    const m = await meta(
      doc('某市人民政府门户网站', '发布时间：2024-01-15 16:20　信息来源：市政府办公室', '政府工作报告', '——2024年1月9日在南平市第九届人民代表大会第四次会议上', '市长　某某某', '各位代表：', '现在，我代表市人民政府，向大会报告工作。', '一、工作回顾'),
    );
    expect(m.issuer).toBe('南平市人民政府');
  });

  it('should not support a report\'s 人民政府 in a document that speaks for nobody: the page\'s 信息来源 stays the last resort', async () => {
    const m = await meta(doc('某市人民政府门户网站', '发布时间：2024-01-15 16:20　信息来源：市政府办公室', '南平市2024年民生实事项目清单', '一、教育'));
    expect(m.issuer).toBe('市政府办公室');
  });

  it('should not support a speaker line in a document not delivered on behalf of a government', async () => {
    const m = await meta(doc('关于某项工作的讲话', '某县人民政府县长　张某某', '同志们：', '一、充分认识重要意义'));
    expect(m.issuer).toBeNull();
  });

  it('should not support a report\'s speaker as its issuer', async () => {
    const m = await meta(doc('政府工作报告', '某某市市长　某某某', '各位代表：', '一、工作回顾'));
    expect(m.issuer).toBeNull();
  });

  it('should support the organs a 印发 headline starts with, as written', async () => {
    const m = await meta(doc('中共中央 国务院印发《“健康某国2030”规划纲要》', '2016-10-25 17:41　来源：新华社', '“健康某国2030”规划纲要', '第一章 指导思想'));
    expect(m.issuer).toBe('中共中央 国务院');
    expect(m.planYears).toEqual([2016, 2030]);
  });

  it('should support the organ a news lead names after its time words (近日，…印发《…》), as a 公众号 repost opens', async () => {
    const m = await meta(doc('原创 健康某县 健康某县 2025年03月14日 18:06 福建', '近日，某县卫生健康局印发《某县2025年卫生健康工作要点》，一起来看👇', '某县2025年卫生健康工作要点', '一、深化改革', '推进改革。'));
    expect(m.issuer).toBe('某县卫生健康局');
    const dated = await meta(doc('3月10日，某市人民政府办公室印发了《某市2025年重点工作》。', '某市2025年重点工作', '一、稳定经济增长', '推进改革。'));
    expect(dated.issuer).toBe('某市人民政府办公室');
  });

  it('should support a short name in a post\'s lead (市卫健委印发) written out as the post line names the account', async () => {
    const m = await meta(doc('原创 某某卫健 某某市卫生健康委员会 2026年05月06日 10:20 浙江', '日前，市卫健委印发《某某市托育服务提升行动计划》，全文如下。', '某某市托育服务提升行动计划', '一、行动目标', '托位数达到5000个。'));
    expect(m.issuer).toBe('某某市卫生健康委员会');
  });

  it('should not support writing out a short name with an account of another level or organ', async () => {
    const m = await meta(doc('原创 某某发布 某某县融媒体中心 2026年05月06日 10:20 浙江', '日前，市卫健委印发《某某市托育服务提升行动计划》，全文如下。', '某某市托育服务提升行动计划', '一、行动目标', '托位数达到5000个。'));
    expect(m.issuer).toBe('市卫健委');
  });

  it('should support a page\'s 来源 short name written out by the signature under the text, a line the page parts by spaces above it', async () => {
    const m = await meta(doc('某某市某某区人民政府 政府信息公开 部门文件', '2026年某某区教育工作要点', '发布时间：2026-03-04 09:12:36　来源：区教育局', '2026年某某区教育工作要点', '一、主要目标', '学前教育普惠率达到92%。', '联系人：王五，联系电话：0571-1234567', '某某市某某区教育局'));
    expect(m.issuer).toBe('某某市某某区教育局');
  });

  it('should support a news lead whose announcing sentence the editor’s words follow in the same paragraph', async () => {
    const long = '近日，中共某县某镇委员会、某县某镇人民政府印发《某镇2026年工作要点》。这份“任务书”明确了全年目标和五个方面的重点工作，事关全镇发展和每位群众的切身利益，一起来看👇';
    const m = await meta(doc('原创 某镇发布 某镇发布 2026年02月21日 08:30 浙江', long, '某镇2026年工作要点', '一、发展目标', '全年新建道路5公里。'));
    expect(m.issuer).toBe('中共某县某镇委员会、某县某镇人民政府');
  });

  it('should not support an organ a news lead names in the middle of its sentence', async () => {
    const m = await meta(doc('近日，记者从某县获悉，某县卫生健康局印发《某县2025年卫生健康工作要点》。', '某县2025年卫生健康工作要点', '一、深化改革', '推进改革。'));
    expect(m.issuer).toBeNull();
  });
});
