// Where one document ends and the next begins inside one file; each has its own numbering.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const notice = [
  'XX市人民政府办公室关于印发XX市养老服务体系建设实施方案的通知',
  'X政办发〔2024〕12号',
  '各区人民政府，市政府各部门：',
  '现将《XX市养老服务体系建设实施方案》印发给你们，请认真贯彻执行。',
  '一、高度重视。各区要把养老服务摆上重要位置。',
  '二、抓好落实。各部门要按分工推进。',
  'XX市人民政府办公室',
  '2024年3月5日',
  'XX市养老服务体系建设实施方案',
  '为加快养老服务体系建设，制定本方案。',
  '一、总体要求',
  '（一）指导思想',
  '二、重点任务',
];

describe('blocks: documents in one file', () => {
  it('should support a notice with its own numbering wrapping the plan it prints', async () => {
    const c = classify(notice.join('\n'));
    expect(c.documentHeads()).toEqual(['XX市养老服务体系建设实施方案']);
    expect(c.kindOf('XX市养老服务体系建设实施方案\n为')).toBe('title');
    expect(c.kindOf('现将《')).toBe('notice');
    expect(c.kindOf('XX市人民政府办公室\n2024')).toBe('signature');
    expect(await outline(notice.join('\n'))).toEqual(['一、 高度重视', '二、 抓好落实', '一、 总体要求', '  （一） 指导思想', '二、 重点任务']);
  });

  it('should support an attachment that is a document of its own (附件1 + title), numbering again at depth 1', async () => {
    const text = [
      '一、过去一年工作回顾', '（一）经济运行稳中向好。', '二、今年工作安排', '（一）扩大内需。', '（二）稳定就业。',
      '附件1', '2025年十件民生实事', '一、提高城乡低保标准。', '低保标准提高5%。', '二、建设社区食堂。',
    ].join('\n');
    expect(classify(text).documentHeads()).toEqual(['附件1']);
    expect(await outline(text)).toEqual([
      '一、 过去一年工作回顾', '  （一） 经济运行稳中向好', '二、 今年工作安排', '  （一） 扩大内需', '  （二） 稳定就业',
      '一、 提高城乡低保标准', '二、 建设社区食堂',
    ]);
  });

  it('should support 附： and the title of an appended document over numbered items with sentences, numbering again at depth 1', async () => {
    const text = [
      '一、2025年工作回顾', '（一）项目建设成效明显。', '二、2026年重点工作', '（一）扩大有效投资。', '（二）兜牢民生底线。',
      '附：XX区2026年八件民生实事', '1.社区食堂工程。新建社区食堂8个。', '2.校园提质工程。改造学校运动场5个。',
    ].join('\n');
    expect(classify(text).documentHeads()).toEqual(['附：XX区2026年八件民生实事']);
    expect(await outline(text)).toEqual([
      '一、 2025年工作回顾', '  （一） 项目建设成效明显', '二、 2026年重点工作', '  （一） 扩大有效投资', '  （二） 兜牢民生底线',
      '1. 社区食堂工程', '2. 校园提质工程',
    ]);
  });

  it('should not support 附： over a list of attachment names, nor 附： over a glossary', async () => {
    const names = ['一、总体要求', '（一）指导思想。坚持需求导向。', '附：1.重点任务分工表', '2.项目清单'].join('\n');
    expect(classify(names).documentHeads()).toEqual([]);
    const glossary = ['一、总体要求', '（一）指导思想。坚持需求导向。', '附：名词解释', '1.“一老一小”：指老年人和婴幼儿。'].join('\n');
    expect(classify(glossary).documentHeads()).toEqual([]);
    expect(await outline(glossary)).toEqual(['一、 总体要求', '  （一） 指导思想']);
  });

  it('should support documents concatenated (a notice, then a 办法 in 第X章/第X条 after its own notice)', () => {
    const text = [
      '关于加强基层医疗服务的通知', '一、总体目标', '提升服务能力。', '二、工作要求', '各地要抓好落实。',
      '国家卫生健康委办公厅', '2024年5月6日',
      '关于印发医疗机构转诊管理办法的通知', '（国卫医发〔2023〕8号）', '各省卫生健康委：', '现将《医疗机构转诊管理办法》印发给你们。',
      '国家卫生健康委', '2023年3月1日',
      '医疗机构转诊管理办法', '第一章 总则', '第一条 为规范转诊，制定本办法。',
    ].join('\n');
    expect(classify(text).documentHeads()).toEqual(['关于印发医疗机构转诊管理办法的通知', '医疗机构转诊管理办法']);
  });

  it('should support a title broken over two lines', () => {
    const text = ['关于开展健康促进工作的通知', '各乡镇：', '现将方案印发给你们。', 'XX县健康办', '2020年6月4日', 'XX县“将健康融入', '所有政策”工作方案', '一、工作目标'].join('\n');
    expect(classify(text).documentHeads()).toEqual(['XX县“将健康融入']);
  });

  it('should support the title a notice says it prints (现将《X》印发), with no signature between', () => {
    const text = ['XX局关于印发《2024年全市 卫生健康工作要点》的通知', '各区卫生健康局：', '现将《2024年全市卫生健康工作要点》印发给你们，请认真贯彻落实。', '2024年全市卫生健康工作要点', '一、总体要求'].join('\n');
    expect(classify(text).documentHeads()).toEqual(['2024年全市卫生健康工作要点']);
  });

  it('should support a label with the attachment title on the same line (附件2：…)', () => {
    const text = ['一、主要任务', '（一）扩大内需。', '附件2：2025年重点项目安排', '一、交通项目', '二、水利项目'].join('\n');
    const c = classify(text);
    expect(c.documentHeads()).toEqual(['附件2：2025年重点项目安排']);
    expect(c.kindOf('附件2：')).toBe('title');
  });

  it('should not support a list title in the middle of a body as a new document', () => {
    const text = ['一、主要任务', '（一）完善工作机制。', '各部门要明确分工，落实责任。', '重点任务清单', '1.完善制度。', '2.强化考核。'].join('\n');
    expect(classify(text).documentHeads()).toEqual([]);
  });

  it('should not support an unnumbered heading over a line ending with a colon as a new document', () => {
    const text = ['一、主要任务', '（一）完善机制。各单位要明确分工。', '年度重点工作计划', '具体安排如下：', '1.一季度完成调研。'].join('\n');
    expect(classify(text).documentHeads()).toEqual([]);
  });

  it('should not support a heading-like line inside the body as a new document', () => {
    const text = ['一、主要任务', '（一）完善工作机制', '（二）落实年度计划', '各单位要制定具体实施方案', '（三）强化考核'].join('\n');
    expect(classify(text).documentHeads()).toEqual([]);
  });

  it('should not support a title at the head of the file as a second document', () => {
    const text = ['XX区2024年卫生健康工作要点', '一、总体要求', '二、重点工作'].join('\n');
    const c = classify(text);
    expect(c.documentHeads()).toEqual([]);
    expect(c.kindOf('XX区2024年')).toBe('title');
  });

  it('should support the 起草说明 published right after the draft it explains, with no signature or label between', async () => {
    const draft = ['XX市托育服务体系建设规划（征求意见稿）', '一、发展基础', '成效显著。', '二、保障措施', '（一）加强组织领导。', '（二）加大投入保障。'];
    const text = [...draft, '《XX市托育服务体系建设规划（征求意见稿）》起草说明', '一、起草背景', '二、起草过程'].join('\n');
    expect(classify(text).documentHeads()).toEqual(['《XX市托育服务体系建设规划（征求意见稿）》起草说明']);
    expect(await outline(text)).toEqual(['一、 发展基础', '二、 保障措施', '  （一） 加强组织领导', '  （二） 加大投入保障', '一、 起草背景', '二、 起草过程']);
    const note = [...draft, '关于《XX市托育服务体系建设规划（征求意见稿）》的说明', '一、起草背景', '二、起草过程'].join('\n');
    expect(classify(note).documentHeads()).toEqual(['关于《XX市托育服务体系建设规划（征求意见稿）》的说明']);
  });

  it('should not support a heading that explains something inside a body (填报说明) as a new document', () => {
    const text = ['一、主要任务', '（一）完善工作机制。', '各部门要明确分工，落实责任。', '数据填报说明', '1.按季度填报。', '2.按时报送。'].join('\n');
    expect(classify(text).documentHeads()).toEqual([]);
  });
});
