// Paragraph grouping: sentences broken by PDF extraction are joined; web text is left alone.
import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../../src/parse/blocks.js';
import { matchLeadingMarker } from '../../src/outline/marker.js';
import { findFurniture } from '../../src/blocks/furniture.js';
import { splitLines } from '../../src/parse/lines.js';
import { lineWidth, looksLikePdfText, pageWrap } from '../../src/parse/pdf.js';
import { readSeed, seedIds } from '../helpers.js';
import { wrapLines } from '../pdf-lines.js';
import { grammars } from '../grammar-helpers.js';
import { blocksToLeaves } from '../../src/parse/leaves.js';
import { cleanSlice } from '../../src/text/clean.js';
import { TextView } from '../../src/text/view.js';

function paragraphs(text: string): string[] {
  const lines = splitLines(text);
  const furniture = findFurniture(text, lines, grammars().furniture);
  const pdf = looksLikePdfText(text, lines, furniture, grammars().outline);
  return groupBlocks(text, lines, furniture, grammars().outline, pdf, false, pdf ? pageWrap(text, lines, furniture) : null, undefined, grammars().blocks.noteLead, grammars().blocks.attachmentList).map((b) => text.slice(b.start, b.contentEnd).trim());
}

describe('paragraph grouping', () => {
  it('should not support taking the space after 第一条 or 第一章 for PDF damage', () => {
    const text = [
      '第一章 总则',
      '第一条 为了规范基层医疗机构管理，根据有关法律法规，结合本市实际，制定本办法。',
      '第二条 本办法适用于本市行政区域内的社区卫生服务中心和乡镇卫生院',
      '基层医疗机构应当按照核定的功能定位提供服务。',
      '第三条 市卫生健康行政部门负责全市基层医疗机构的监督管理工作。',
    ].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toHaveLength(5);
  });

  it('should not support taking a table set one cell a line for PDF damage when its long cells stop mid-sentence before short cells', () => {
    const cells = [
      '序号', '工作任务', '目标要求', '牵头单位', '完成时限',
      '1', '推进国道改扩建工程', '完成路面工程量的60%，全年完成投资4亿元', '建设管理科', '2026年12月底',
      '2', '加快城乡客运一体化', '新开通城乡公交线路6条，更新新能源公交车40辆', '运输管理科', '2026年12月底',
      '3', '推进绿色交通', '新增公共充电桩120个，出租车新能源化比例达到50%', '运输管理科', '持续推进',
      '4', '提升政务服务', '高频政务服务事项网上办比例达到90%，跨省通办事项不少于20项', '行政审批科', '2026年9月底',
    ];
    const text = ['某市交通运输局2026年重点工作任务清单', ...cells].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toHaveLength(cells.length + 1);
  });

  it('should support hard-wrapped lines whose sentences go on into the next long line as PDF text', () => {
    const text = [
      '2026年全市科技工作的总体思路是：坚持创新在现代化建设全',
      '局中的核心地位，以科技创新引领产业创新，加快建设区域科技',
      '创新高地。主要目标是：全社会研发投入强度达到2.65%，高新',
      '技术企业总数达到2150家以上，技术合同成交额达到320亿元',
      '以上，每万人口高价值发明专利拥有量达到9.8件。',
    ].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(true);
  });

  it('should not support taking the rows of a table parted by tabs or pipes for PDF damage (a tab between words, rows ending in no stop)', () => {
    const body = ['荆门市城市生活垃圾分类工作实施方案', '一、工作目标', '到2026年底，全市城市生活垃圾回收利用率达到38%以上。', '附件', '重点任务分工表'];
    const tab = ['序号\t重点任务\t牵头单位\t责任单位\t完成时限', '1\t新建改造分类投放点二千个\t市城管执法委\t各县人民政府\t2026年12月底前', '2\t建成厨余垃圾处理项目两个\t市城管执法委\t市发展改革委\t2025年12月底前', '3\t建设再生资源分拣中心三个\t市商务局\t市城管执法委\t2026年6月底前', '4\t党政机关生活垃圾分类全覆盖\t市机关事务服务中心\t市直各部门\t2024年6月底前'];
    const pipe = tab.map((r) => `| ${r.split('\t').join(' | ')} |`);
    for (const rows of [tab, pipe]) {
      const text = [...body, ...rows].join('\n');
      const lines = splitLines(text);
      expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
      expect(paragraphs(text)).toHaveLength(body.length + rows.length);
    }
  });

  it('should support joining a sentence broken across a blank line in PDF text', () => {
    const text = '- 1. 全系统各级党委把不忘初心作为加强 党的建设的永恒课题,始终做到初心\n\n如磐、使命在肩。\n- 2. 开展 3 次巡回医疗服务。\n';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('should not support joining a signature with its date onto the title of the next document', () => {
    const text = [
      '各市卫生健康委：',
      '现将《基层医疗卫生机构绩效评价办法》印发给你们，请结合实际认真贯彻落实，加强组织领导，',
      '确保各项任务落到实处。',
      '某省卫生健康委员会办公室 某省中医药管理局综合处 2024年3月15日',
      '基层医疗卫生机构绩效评价办法',
      '第一章 总则',
    ].join('\n');
    expect(paragraphs(text)).toContain('基层医疗卫生机构绩效评价办法');
  });

  it('should support joining a sentence broken after a date', () => {
    // Lines of one page width (28–29 ems), as a PDF wraps them.
    const text = '一、工作要求\n各地要加强组织领导，明确责任分工，细化工作措施，确保各项\n任务按期完成。本办法经委主任会议审议通过，自2024年3月15日\n起施行，有效期五年，由省卫生健康委员会负责解释，各地可结合\n实际制定实施细则。\n';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('should not support taking a short notice for PDF text: its long lines stop short at widths of their own', () => {
    const text = [
      '某某县卫生健康局关于印发2025年基层卫生工作要点的通知',
      '各乡镇卫生院，县直各医疗卫生单位：',
      '现将《某某县2025年基层卫生工作要点》印发给你们，请结合实际认真贯彻落实。',
      '附件：1．某某县2025年基层卫生工作要点',
      '2．某某县2025年基层卫生重点任务分工表',
      '某某县卫生健康局',
      '2025年3月5日',
    ].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toHaveLength(7);
  });

  it('should not support taking the TAB cells of a table\'s rows for PDF damage (a notice\'s 附件说明 and signature stay lines of their own)', () => {
    const text = [
      '各乡镇人民政府，县直各单位：',
      '现将《某县2024年乡村振兴重点工作》印发给你们，请认真贯彻落实。',
      '附件：1．某县2024年乡村振兴重点工作',
      '\u3000\u3000\u30002．某县2024年乡村振兴重点工作责任分工',
      '某县委办公室\u3000\u3000\u3000\u3000某县人民政府办公室',
      '二〇二四年三月十五日',
      '序号\t工作任务\t牵头单位\t责任单位',
      '1\t稳定粮食生产\t县农业农村局\t各乡镇人民政府',
      '2\t健全防止返贫监测帮扶机制\t县乡村振兴局\t县民政局、各乡镇人民政府',
      '3\t做强特色产业\t县林业局\t县农业农村局、各乡镇人民政府',
    ].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toHaveLength(10);
  });

  // GB/T 9704 §7.3.3: the 附件说明 stands apart, a blank line under the body and above the signature.
  it('should not support joining a notice’s 附件说明 to the signature, 附注, label and title after it in PDF text (page numbers, no wrap)', () => {
    const body = '各地要对照本要点细化工作措施，明确责任分工，确保各项任务按期完成，工作进展情况请按要求及时报送。';
    const text = [
      '各市（州）卫生健康委，委直属各单位：',
      `\u3000\u3000现将《2027年全省妇幼健康服务能力提升工作要点》印发给你们，${body}`,
      '',
      '\u3000\u3000附件：2027年全省妇幼健康服务能力提升工作要点',
      '',
      '某省卫生健康委员会',
      '2027年3月2日',
      '（此件主动公开）',
      '',
      '附件',
      '',
      '2027年全省妇幼健康服务能力提升工作要点',
      '',
      '\u3000\u3000全省妇幼健康工作要以保障母婴安全为底线，推动妇幼健康服务高质量发展',
      '一、保障母婴安全',
      body,
      '－ 2 －',
      '二、提升儿童健康水平',
      body,
      '－ 3 －',
    ].join('\n');
    const got = paragraphs(text);
    expect(got).toContain('附件：2027年全省妇幼健康服务能力提升工作要点');
    expect(got).toContain('某省卫生健康委员会');
    expect(got).toContain('2027年全省妇幼健康服务能力提升工作要点');
  });

  it('should not support it for a line that only mentions 附件 inside a sentence broken by the page', () => {
    const text = ['一、工作要求', '各地要按照附件所列任务清单，明确责任分工，细化工作措施，确保', '各项任务按期完成，并于每季度末报送工作进展。', '－ 2 －', '二、保障措施', '各地要加强组织领导，明确责任分工，细化工作措施，确保各项任务', '按期完成。', '－ 3 －'].join('\n');
    expect(paragraphs(text)).toContain('各地要按照附件所列任务清单，明确责任分工，细化工作措施，确保\n各项任务按期完成，并于每季度末报送工作进展。');
  });

  it('should not support taking the rows of a table aligned by runs of spaces for PDF damage (gaps between cells, not inside words)', () => {
    const body = ['某县卫生健康事业发展规划', '第一章　发展目标', '到2030年，全县人均预期寿命达到80岁以上。', '表1　主要指标'];
    const rows = ['领域        指标                    单位    2025年    2030年', '健康水平    人均预期寿命            岁      79.2      80', '            孕产妇死亡率            /10万   9.6       ≤9', '医疗服务    每千人口执业医师数      人      2.9       3.4'];
    const text = [...body, ...rows].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
  });

  it('should not support taking the entries of a table of contents for hard-wrapped lines (dot leaders fill them to the page number)', () => {
    const toc = ['目　　录', '第一章　现状与形势………………………………………………1', '　第一节　主要成效……………………………………………1', '　第二节　存在问题……………………………………………2', '第二章　目标与任务………………………………………………3', '　第一节　主要目标……………………………………………3', '第三章　保障措施…………………………………………………5', '前　　言'];
    const body = ['为推进全县卫生健康事业发展，编制本规划。', '第一章　现状与形势', '第一节　主要成效', '全县卫生健康服务能力明显提升。'];
    const text = [...toc, ...body].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toHaveLength(toc.length + body.length);
  });

  it('should support a PDF whose tabbed table rows stand beside stray spaces in its sentences', () => {
    const text = ['一、加强 党的建设，全面 落实责任。', '二、推进 医共体建设。', '序号\t指标\t2025年', '1\t签约率\t80%'].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(true);
  });

  it('should not support joining the rows of a tab-parted table in PDF text, nor the line before or after them', () => {
    const text = [
      '一、建设任务',
      '全年新建农村公路80公里，改造危桥12座，完成投资1.6亿元，各乡镇任务如下。',
      '表2 2027年各乡镇农村公路建设和危桥改造任务分解表',
      '乡镇\t新建公路（公里）\t危桥改造（座）',
      '东山镇\t30\t5',
      '西岭乡\t50\t7',
      '各乡镇要按月报送进度，确保年底前全面完成建设任务并通过交工验',
      '收。',
      '— 2 —',
      '二、保障措施',
      '— 3 —',
    ].join('\n');
    expect(paragraphs(text).filter((p) => p.includes('\t') || p.startsWith('表2'))).toEqual(['表2 2027年各乡镇农村公路建设和危桥改造任务分解表', '乡镇\t新建公路（公里）\t危桥改造（座）', '东山镇\t30\t5', '西岭乡\t50\t7']);
    // The wrapped sentence after the table is still joined.
    expect(paragraphs(text)).toContain('各乡镇要按月报送进度，确保年底前全面完成建设任务并通过交工验\n收。');
  });

  it('should support joining a paragraph whose first line a PDF indented with tabs: no row of a table', () => {
    const text = ['一、建设任务', '\t\t到2027年，全县新建城市书房8个，改造提升乡镇综合文化站15个，新建', '农家书屋示范点40个。', '— 2 —', '二、保障措施', '— 3 —'].join('\n');
    expect(paragraphs(text)).toContain('到2027年，全县新建城市书房8个，改造提升乡镇综合文化站15个，新建\n农家书屋示范点40个。');
  });

  it('should not support taking a web page header whose names spaces part for PDF damage (its signature stays a line of its own)', () => {
    const text = ['某某市某某区人民政府 政府信息公开 部门文件', '某某区2026年教育工作要点', '一、主要目标', '学前教育普惠率达到92%。', '联系人：王五，联系电话：0571-1234567', '某某市某某区教育局'].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(false);
    expect(paragraphs(text)).toContain('某某市某某区教育局');
  });

  it('should support stray spaces on two lines as PDF damage', () => {
    const text = ['一、加强党的 建设，全面落实责任。', '二、推进医共体建设。', '三、提升 基层服务能力。'].join('\n');
    const lines = splitLines(text);
    expect(looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)).toBe(true);
  });

  it('should support joining hard-wrapped lines', () => {
    const text = '一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻\n党的二十大精神，坚持以人民健康为中心，加快建设\n优质高效的医疗卫生服务体系，不断提高人民群众\n健康水平。\n';
    expect(paragraphs(text)).toEqual(['一、总体要求', text.slice(7).trim()]);
  });

  it('should not support joining a long heading without a full stop to the body in web text', () => {
    const text = '一、全方位推进健康辽源建设,推动开展全民健康新时代\n\n“十三五”期间,我市坚持健康优先发展战略。\n\n二、建立健全公共卫生体系\n';
    expect(paragraphs(text)).toHaveLength(3);
  });

  it('should not support joining a document title to the line after it in PDF text', () => {
    const text = '市卫生健康局关于印发《2020 年全市 卫生健康工作要点》的通知\n\n各区(市、县)卫生健康局,局属各单位,机关各处室:\n\n- 1. 开展 3 次巡回医疗服务。\n- 2. 完成 240 人体检。\n';
    expect(paragraphs(text)).toHaveLength(4);
  });

  it('should not support joining a 第X节 heading line to its paragraph in PDF text that shows no wrap width', () => {
    const body = '坚持稳中求进工作总基调，统筹发展和安全，今后五年全市经济社会发展要努力实现以下主要目标：经济保持中高速增长，城乡居民收入稳步提高。';
    const text = ['第二章　指导思想和主要目标', '第一节　指导思想', body, '— 4 —', '第二节　“十五五”时期经济社会发展主要目标', body, '— 5 —', '第三节　发展路径', body].join('\n') + '\n';
    expect(paragraphs(text).filter((p) => p.startsWith('第'))).toEqual(['第二章　指导思想和主要目标', '第一节　指导思想', '第二节　“十五五”时期经济社会发展主要目标', '第三节　发展路径']);
  });

  it('should support joining an article line (第X条, a sentence title) broken short in PDF text', () => {
    const text = ['第三条 医疗机构应当按照“以质量安全为底线，以患', '者需求为导向”的原则，开展检查检验结果互认工作，不得重复检查。', '— 2 —', '第四条 互认项目目录由省卫生健康委统一发布并动态调整，各地不得自行增减，医疗机构应当在院内公示。', '— 3 —'].join('\n') + '\n';
    expect(paragraphs(text)[0]).toBe('第三条 医疗机构应当按照“以质量安全为底线，以患\n者需求为导向”的原则，开展检查检验结果互认工作，不得重复检查。');
  });

  it('should support joining the rest of a heading a PDF wrapped: a phrase alone on its line, or a word\'s end before a stop', () => {
    const body = '全市空气质量优良天数比率稳定在90%以上，细颗粒物平均浓度持续下降，重污染天气基本消除。';
    const pages = (...lines: string[]) => [...lines, '— 6 —', body, '— 7 —'].join('\n') + '\n';
    expect(paragraphs(pages('第四章 统筹推进减污降碳协同增效，加快发展方式', '绿色转型', '一、优化产业结构', body)).slice(0, 3)).toEqual([
      '第四章 统筹推进减污降碳协同增效，加快发展方式\n绿色转型',
      '一、优化产业结构',
      body,
    ]);
    expect(paragraphs(pages('3. 健全城乡养老服务网', '络。到2028年，建成区域养老服务中心12个。', body))[0]).toBe('3. 健全城乡养老服务网\n络。到2028年，建成区域养老服务中心12个。');
  });

  it('should not support joining an entry of a table of contents to the text after its page number', () => {
    const body = '为全面贯彻落实医疗保障制度改革的决策部署，结合我县实际，编制本规划。规划期为2026—2030年。';
    const text = ['目  录', '一、发展基础……………………1', '二、总体要求……………………2', '三、保障措施……………………6', '— 1 —', body, '一、发展基础', body, '— 2 —'].join('\n') + '\n';
    expect(paragraphs(text)).toContain('三、保障措施……………………6');
  });

  it('should not support joining a note under a table to the cells before it', () => {
    const cells = ['序号', '指标', '2025年', '2030年', '1', '职工医保政策范围内住院费用基金支付比例（%）', '87.2', '85左右'];
    const body = '坚持以人民健康为中心，推动医保、医疗、医药协同发展和治理，不断提高医疗保障水平。';
    const text = [body, '— 1 —', ...cells, '注：1. 表中 2025 年数据为预计数。', '2. 参保率以户籍人口为基数计算。', body, '— 2 —'].join('\n') + '\n';
    expect(paragraphs(text).some((p) => p.startsWith('注：1.'))).toBe(true);
  });

  it('should not support joining a short line to a long heading when a body or a cell follows it (a subheading, a unit cell)', () => {
    const body = '全市空气质量优良天数比率稳定在90%以上，细颗粒物平均浓度持续下降，重污染天气基本消除。';
    const text = ['第四章 统筹推进减污降碳协同增效，加快发展方式', '重点任务', body, '— 6 —', '（一）实施老旧小区改造提升工程建设', '区住建局', body, '— 7 —'].join('\n') + '\n';
    expect(paragraphs(text).filter((p) => /^[第（]/u.test(p))).toEqual(['第四章 统筹推进减污降碳协同增效，加快发展方式', '（一）实施老旧小区改造提升工程建设']);
  });

  it('should support joining a word of one or two characters alone between a heading and its body (第二节 推进林下经济 | 发展)', () => {
    const body = '全市空气质量优良天数比率稳定在90%以上，细颗粒物平均浓度持续下降，重污染天气基本消除。';
    const text = [body, '— 6 —', '第二节  推进林下经济高质量', '发展', body, '第三节  强化科技支撑', body, '— 7 —'].join('\n') + '\n';
    expect(paragraphs(text).filter((p) => p.startsWith('第'))).toEqual(['第二节  推进林下经济高质量\n发展', '第三节  强化科技支撑']);
  });

  it('should not support it for a word a table cell follows (序号 | 工作任务), nor for a subheading of more characters', () => {
    const body = '全市空气质量优良天数比率稳定在90%以上，细颗粒物平均浓度持续下降，重污染天气基本消除。';
    const cells = ['第二节  重点任务及责任分工', '序号', '工作任务', '牵头单位', '1', '推进林下经济发展', '县林业局'];
    expect(paragraphs([body, '— 6 —', ...cells, body, '— 7 —'].join('\n') + '\n')).toContain('第二节  重点任务及责任分工');
    expect(paragraphs([body, '— 6 —', '第二节  推进林下经济高质量发展', '重点任务', body, '— 7 —'].join('\n') + '\n')).toContain('第二节  推进林下经济高质量发展');
  });

  it('should support joining the rest of a heading that stops on a conjunction, 的 or an enumeration comma, however short its line', () => {
    const body = '全县农村自来水普及率稳定在95%以上，规模化供水工程覆盖人口比例持续提高，水质达标率进一步提升。';
    const pages = (...lines: string[]) => [body, '— 3 —', ...lines, '— 4 —'].join('\n') + '\n';
    expect(paragraphs(pages('（二）加强水源保护和', '水质监测。各乡镇要落实水源地巡查制度。', body))).toContain('（二）加强水源保护和\n水质监测。各乡镇要落实水源地巡查制度。');
    expect(paragraphs(pages('3.完善农村供水工程的', '长效管护机制。', body))).toContain('3.完善农村供水工程的\n长效管护机制。');
    expect(paragraphs(pages('（四）推进城乡供水一体化、', '规模化发展', body))).toContain('（四）推进城乡供水一体化、\n规模化发展');
  });

  it('should not support joining a heading that ends on a word whose last character is one of those (碳中和, 参与, 普及, 目的)', () => {
    const body = '全县农村自来水普及率稳定在95%以上，规模化供水工程覆盖人口比例持续提高，水质达标率进一步提升。';
    for (const heading of ['（三）稳妥推进碳达峰碳中和', '（五）鼓励社会资本参与', '（六）加强节水知识普及', '一、编制目的']) {
      const text = [body, '— 3 —', heading, '加强统筹。', body, '— 4 —'].join('\n') + '\n';
      expect(paragraphs(text)).toContain(heading);
    }
  });

  it('should not support a paragraph running into the signature: the organ alone on its line, the date alone under it', () => {
    const body = '全县农村自来水普及率稳定在95%以上，规模化供水工程覆盖人口比例持续提高，水质达标率进一步提升。';
    const text = [body, '— 1 —', body, '联系人：县水利局 张明    联系电话：0791-8765432', '', '某某县水利局', '2027年3月6日', '— 2 —'].join('\n') + '\n';
    const blocks = paragraphs(text);
    expect(blocks).toContain('某某县水利局');
    expect(blocks.some((b) => b.startsWith('联系人') && b.includes('某某县水利局'))).toBe(false);
  });

  it('should not support joining a heading to a heading or a sentence after it', () => {
    const body = '全市空气质量优良天数比率稳定在90%以上，细颗粒物平均浓度持续下降，重污染天气基本消除。';
    const text = ['第四章 统筹推进减污降碳协同增效，加快发展方式', '第一节 优化产业结构', body, '— 6 —', '（二）深入推进重点行业清洁生产改造', '加快推进。' + body, '— 7 —'].join('\n') + '\n';
    expect(paragraphs(text).filter((p) => /^[第（]/u.test(p))).toEqual(['第四章 统筹推进减污降碳协同增效，加快发展方式', '第一节 优化产业结构', '（二）深入推进重点行业清洁生产改造']);
  });

  it('should not support joining a line to a following marker line', () => {
    const text = '- 22. 准确理解"应签尽签",重点做好建档立卡贫困人口中 4 类慢病患者的规范化\n- 23. 全面落实县域内政策。\n';
    expect(paragraphs(text)).toHaveLength(2);
  });

  it('should classify the seeds: web copies are not PDF text', () => {
    const pdf = Object.fromEntries(
      seedIds().map((id) => {
        const text = readSeed(id);
        const lines = splitLines(text);
        return [id.slice(0, 3), looksLikePdfText(text, lines, findFurniture(text, lines, grammars().furniture), grammars().outline)];
      }),
    );
    expect(pdf).toEqual({ '000': false, '001': false, '002': false, '003': false, '004': true });
  });
});

/** Text as a PDF of a 公文 page gives it: lines wrapped at 28 ems (GB/T 9704 7.2; an ASCII digit
 *  takes half an em). */
function wrapped(paragraphs: string[]): string {
  return paragraphs.flatMap((p) => wrapLines(p)).join('\n');
}

const body = [
  '一、发展基础',
  '“十四五”期间，全区供水能力稳步提升，水厂深度处理工程全面完成，城乡供水一体化格局基本形成，农村生活污水处理设施覆盖率达到95%以上。河湖水质持续改善，骨干河道全面完成综合整治，防汛排涝能力明显增强，水务管理服务水平不断提高，为全区经济社会高质量发展提供了有力支撑。',
  '（一）优化供水保障体系建设，提高资源品质',
  '巩固提升两片五厂的供水格局和能力，探索一张网调度，强化管网更新改造，全面提升供水水质和服务水平，到2025年供水管网漏损率控制在9%以内。',
  '（二）加强水务行业能力建设，提升管理效能',
  '建设智慧水务管理平台，形成较完善的海塘、水闸、河湖、厂站的智能感知体系，做到智能监测、系统运行、全程管控。',
];

describe('paragraph grouping at the wrap width of PDF text', () => {
  it('should support the width most lines of wrapped text reach', () => {
    const text = wrapped(body);
    const lines = splitLines(text);
    expect(pageWrap(text, lines, findFurniture(text, lines, grammars().furniture))).toEqual({ width: 28, ascii: 0.5 });
  });

  it('should not support a wrap width in text whose paragraphs are lines', () => {
    const text = body.join('\n');
    const lines = splitLines(text);
    expect(pageWrap(text, lines, findFurniture(text, lines, grammars().furniture))).toBeNull();
  });

  it('should support a heading that stops short of the width ending its block (no full stop needed)', () => {
    expect(paragraphs(wrapped(body)).map((p) => p.replace(/\n/gu, '').slice(0, 8))).toEqual(['一、发展基础', '“十四五”期间，', '（一）优化供水保', '巩固提升两片五厂', '（二）加强水务行', '建设智慧水务管理']);
  });

  it('should not support ending a block at a line two ems short (a word that did not fit went on)', () => {
    const lines = wrapped(body).split('\n');
    const k = lines.findIndex((l) => l.startsWith('巩固提升'));
    // Two characters of the full line k go on to the next line.
    lines[k + 1] = (lines[k] as string).slice(-2) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, -2);
    expect(lineWidth(lines[k] as string)).toBe(26);
    expect(paragraphs(lines.join('\n'))).toHaveLength(6);
  });
});

describe('paragraph grouping at a short line that stops inside a clause', () => {
  /** The wrapped body with the line of `start` cut short before its last `cut` characters, which go on to the next line. */
  function cutShort(start: string, keep: (line: string) => number): string[] {
    const lines = wrapped(body).split('\n');
    const k = lines.findIndex((l) => l.startsWith(start));
    const at = keep(lines[k] as string);
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, at);
    return lines;
  }

  it('should support a line that stops short after a verb that takes the quantity still to come (控制在 | 9%以内)', () => {
    const lines = wrapped([...body.slice(0, 3), '巩固提升两片五厂的供水格局和能力，强化管网更新改造，到2025年全区供水管网漏损率控制在9%以内，全面提升供水水质和服务水平。', ...body.slice(4)]).split('\n');
    const k = lines.findIndex((l) => l.includes('控制在'));
    const at = (lines[k] as string).indexOf('控制在') + 3;
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, at);
    expect(lineWidth(lines[k] as string)).toBeLessThanOrEqual(25);
    expect(paragraphs(lines.join('\n'))).toHaveLength(6);
  });

  it('should support a line that stops short after a comma or after a number and its multiplier (0.6万 | 亩)', () => {
    const comma = cutShort('巩固提升', (l) => l.indexOf('，', 20) + 1);
    expect(lineWidth(comma.find((l) => l.startsWith('巩固提升')) as string)).toBe(25);
    expect(paragraphs(comma.join('\n'))).toHaveLength(6);
    const lines = wrapped([...body.slice(0, 5), '建设智慧水务管理平台，新建改造供水管网0.6万米，形成较完善的海塘、水闸、河湖、厂站的智能感知体系。']).split('\n');
    const k = lines.findIndex((l) => l.includes('0.6万'));
    const at = (lines[k] as string).indexOf('0.6万') + 4;
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, at);
    expect(paragraphs(lines.join('\n'))).toHaveLength(6);
  });

  it('should support a line that stops short after 其中, which opens the breakdown of a total (…58公里，其中 | 主干管…)', () => {
    const lines = wrapped([...body.slice(0, 3), '巩固提升两片五厂的供水格局和能力，探索一张网调度，强化管网更新改造，新建改造供水管网58公里，其中主干管网12公里，全面提升供水水质和服务水平。', ...body.slice(4)]).split('\n');
    const k = lines.findIndex((l) => l.includes('其中'));
    const at = (lines[k] as string).indexOf('其中') + 2;
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, at);
    expect(lineWidth(lines[k] as string)).toBeLessThanOrEqual(25);
    expect(paragraphs(lines.join('\n'))).toHaveLength(6);
  });

  it('should not support the same short line cut before 其中, where it ends with a noun (…58公里 | ，其中…)', () => {
    const lines = wrapped([...body.slice(0, 3), '巩固提升两片五厂的供水格局和能力，探索一张网调度，强化管网更新改造，新建改造供水管网58公里，其中主干管网12公里，全面提升供水水质和服务水平。', ...body.slice(4)]).split('\n');
    const k = lines.findIndex((l) => l.includes('其中'));
    const at = (lines[k] as string).indexOf('，其中');
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, at);
    expect(paragraphs(lines.join('\n'))).toHaveLength(7);
  });

  it('should support a line that stops short inside the quantity a target verb takes (提高到60 | 0元: the number was cut, its unit is still to come)', () => {
    const sentence = '完善城乡居民医保门诊保障机制，普通门诊统筹年度最高支付限额提高到600元，全面提升参保群众门诊就医保障水平。';
    const lines = wrapped([...body.slice(0, 5), sentence]).split('\n');
    const k = lines.findIndex((l) => l.includes('提高到6'));
    const at = (lines[k] as string).indexOf('提高到') + 5;
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = (lines[k] as string).slice(0, at);
    expect((lines[k] as string).endsWith('提高到60')).toBe(true);
    expect(lineWidth(lines[k] as string)).toBeLessThanOrEqual(25);
    const paras = paragraphs(lines.join('\n'));
    expect(paras).toHaveLength(6);
    expect(paras[5]?.replace(/\n/g, '')).toContain('提高到600元');
  });

  it('should not support it for a short line that ends with a number no verb takes (a year in a heading: …2026—2030)', () => {
    const lines = wrapped(body).split('\n');
    const k = lines.findIndex((l) => l.startsWith('（二）'));
    lines.splice(k, 0, '表1　主要指标（2026—2030');
    expect(paragraphs(lines.join('\n'))).toHaveLength(7);
  });

  it('should not support it for a short line that ends a clause with a noun (a heading, a paragraph\'s last line)', () => {
    expect(paragraphs(cutShort('巩固提升', (l) => l.indexOf('，', 20)).join('\n'))).toHaveLength(7);
  });
});

describe('paragraph grouping at a short line that a PDF parted from its number or unit', () => {
  const sentence = '加强供水保障能力建设，新建改造供水管网58公里，供水水质综合合格率提高到99.5%，新增应急备用水源2处，全面提升供水水质和服务水平。';
  /** The wrapped body with its fourth paragraph `sentence`, the line holding `part` cut right after it, with a space before the line break. */
  function partedAfter(part: string): string {
    const lines = wrapped([...body.slice(0, 3), sentence, ...body.slice(4)]).split('\n');
    const k = lines.findIndex((l) => l.includes(part));
    const at = (lines[k] as string).indexOf(part) + part.length;
    lines[k + 1] = (lines[k] as string).slice(at) + lines[k + 1];
    lines[k] = `${(lines[k] as string).slice(0, at)} `;
    return lines.join('\n');
  }

  it('should support a line that stops short before the unit of its number (管网58 | 公里，)', () => {
    const text = partedAfter('管网58');
    expect(text).toContain('58 \n公里，');
    expect(paragraphs(text)).toHaveLength(6);
  });

  it('should support a line that stops short before a number with its percent sign (提高到 | 99.5%，) or its one-character unit (新增应急备用水源 | 2处，)', () => {
    expect(paragraphs(partedAfter('合格率提高到'))).toHaveLength(6);
    expect(paragraphs(partedAfter('备用水源'))).toHaveLength(6);
  });

  it('should not support a short line before a line that opens with a date (2026年，…): a sentence opens with one', () => {
    const lines = wrapped(body).split('\n');
    const k = lines.findIndex((l) => l.startsWith('（二）'));
    lines.splice(k, 0, '城乡供水一体化', '2026年，全区新建改造供水管网58公里。');
    expect(paragraphs(lines.join('\n'))).toHaveLength(8);
  });

  it('should not support a line that opens with a count (3座，…) or a word of one character (另，…) after a short line that ends a sentence: a paragraph opens so', () => {
    for (const opening of ['3座，分别为东区水厂、西区水厂和南区水厂，日供水能力合计达到十五万吨，覆盖全区城乡居民。', '另，各街道应于每季度末前报送供水设施运行维护情况，逾期未报送的予以通报，并纳入年度考核。']) {
      const text = wrapped([...body.slice(0, 4), opening, ...body.slice(4)]);
      expect(text).toContain(`。\n${opening.slice(0, 2)}`);
      expect(paragraphs(text)).toHaveLength(7);
    }
  });
});

describe('paragraph grouping in PDF text whose digits take a full em', () => {
  const report = [
    '一、2026年工作回顾',
    '一年来，在县委的坚强领导下，全县上下攻坚克难、实干争先，较好完成了县人大会议确定的目标任务，经济社会发展稳中有进、进中向好，各项事业取得新的成效。',
    '全年实现地区生产总值318.6亿元、增长6.4%，一般公共预算收入26.2亿元、增长5.1%，城镇和农村居民人均可支配收入分别达到6.35万元和3.48万元，分别增长4.9%和6.8%。',
    '全年实施省市县重点项目62个，完成投资87.3亿元；新增规上工业企业23家，规上工业增加值增长9.2%，高新技术产业增加值占比达到68.5%。',
    '二、2027年主要目标',
    '今年政府工作的总体要求是：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展，统筹发展和安全，奋力谱写现代化建设新篇章。',
    '地区生产总值增长6%左右，一般公共预算收入增长5%，新增规上工业企业20家，规上工业增加值率提高0.5个百分点，完成投资85亿元以上。',
  ];

  it('should support reading the digits as wide as the lines that hold them reach the wrap width, and joining those lines', () => {
    const text = report.flatMap((p) => wrapLines(p, 30, 1)).join('\n');
    const lines = splitLines(text);
    expect(pageWrap(text, lines, findFurniture(text, lines, grammars().furniture))).toEqual({ width: 30, ascii: 1 });
    expect(paragraphs(text).map((p) => p.replace(/\n/gu, ''))).toEqual(report);
  });

  it('should not support it where the lines were wrapped with digits half an em wide', () => {
    const text = report.flatMap((p) => wrapLines(p, 30)).join('\n');
    const lines = splitLines(text);
    expect(pageWrap(text, lines, findFurniture(text, lines, grammars().furniture))?.ascii).toBe(0.5);
  });
});

describe('paragraph grouping at a full line that ends a sentence', () => {
  /** A sentence that fills a line of 28 ems. */
  const full = '全区供水能力稳步提升，水厂深度处理工程全面完成，格局成。';
  /** The wrapped body with `full` as the first line of its first paragraph (after the heading). */
  function withFullLine(indent: string): string {
    const lines = wrapped(body).split('\n');
    lines[1] = indent + lines[1];
    lines.splice(1, 0, full);
    return lines.join('\n');
  }

  it('should support a full line that ends a sentence going on into the next line (a paragraph has more sentences than ends)', () => {
    expect(lineWidth(full)).toBe(28);
    const blocks = paragraphs(withFullLine(''));
    expect(blocks).toHaveLength(6);
    expect(blocks[1]?.startsWith(full)).toBe(true);
  });

  it('should not support it when the next line is indented as a paragraph\'s first line is', () => {
    expect(paragraphs(withFullLine('\u3000\u3000'))).toHaveLength(7);
    expect(paragraphs(withFullLine('  '))).toHaveLength(7);
  });

  it('should support a marker at the top of a page, after the form feed of PDF text', () => {
    expect(matchLeadingMarker('\f（二）加强水务行业能力建设', grammars().outline)?.marker).toBe('（二）');
    const lines = wrapped(body).split('\n');
    const k = lines.findIndex((l) => l.startsWith('（二）'));
    // The line above runs full to the margin without a stop: only the marker ends the block.
    lines[k - 1] = (lines[k - 1] as string).replace(/。$/u, '，');
    lines[k] = `\f${lines[k]}`;
    expect(paragraphs(lines.join('\n'))).toHaveLength(6);
  });
});

describe('paragraph grouping with the text view', () => {
  it('should support the same leaves whether one-line blocks keep the reading text of their line or are cleaned again', () => {
    for (const id of seedIds()) {
      const text = `\n\n${readSeed(id)}`;
      const lines = splitLines(text);
      const furniture = findFurniture(text, lines, grammars().furniture);
      const shared = new TextView(text);
      const withView = groupBlocks(text, lines, furniture, grammars().outline, true, true);
      const apart = groupBlocks(text, lines, furniture, grammars().outline, true);
      expect(withView.some((b) => b.clean !== undefined)).toBe(true);
      const apartView = new TextView(text);
      const leaves = blocksToLeaves(shared, withView);
      expect(leaves).toEqual(blocksToLeaves(apartView, apart));
      for (const leaf of leaves) {
        const { start, end } = leaf.position;
        expect(shared.clean(start.offset, end.offset)).toEqual(cleanSlice(text, start.offset, end.offset));
      }
    }
  });
});

describe('paragraph grouping at a page break after a short line, where the next page opens inside a clause', () => {
  /** The wrapped body with the line holding 95% cut short right after it, a page number, then `rest` of the cut line run into the
   *  next line (the next page's first line), and the lines after. */
  function broken(rest: (tail: string) => string): string {
    const lines = wrapped(body).split('\n');
    const k = lines.findIndex((l) => l.includes('95%'));
    const line = lines[k] as string;
    const at = line.indexOf('95%') + 3;
    return [...lines.slice(0, k), line.slice(0, at), '— 1 —', rest(line.slice(at)) + (lines[k + 1] as string), ...lines.slice(k + 2)].join('\n');
  }

  it('should support the bound of the number the short line ended with (95% | 以上。) as the same paragraph, the page furniture inside it', () => {
    const text = broken((tail) => tail);
    expect(text).toContain('95%\n— 1 —\n以上。');
    expect(paragraphs(text).some((p) => p.includes('覆盖率达到95%') && p.includes('河湖水质持续改善'))).toBe(true);
  });

  it('should not support a bound word that opens other text (以上各项…) as a clause the line before left open', () => {
    const text = broken((tail) => `以上各项${tail.slice(3)}`);
    expect(paragraphs(text).some((p) => p.includes('覆盖率达到95%') && p.includes('河湖水质持续改善'))).toBe(false);
  });
});
