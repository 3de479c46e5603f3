// 附件说明 after the body (附件：1. … 2. …): the attachments' numbers are not outline.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const tail = [
  '一、工作目标',
  '到2025年，基本建立健全工作机制。',
  '二、保障措施',
  '（一）加强领导。各单位要高度重视。',
  '（二）强化督导。详见附件2。',
];

describe('blocks: attachment list', () => {
  it('should support a numbered list that starts on the 附件： line', () => {
    const c = classify([...tail, '附件：1.重点任务分工表', '2.专家委员会成员名单', '3.联络员名单'].join('\n'));
    expect(c.kindOf('附件：1.')).toBe('attachment-list');
    expect(c.kindOf('2.专家委员会')).toBe('attachment-list');
    expect(c.kindOf('3.联络员')).toBe('attachment-list');
  });

  it('should support a list under a bare 附件： line, full-width markers', () => {
    const c = classify([...tail, '附件：', '１．重点项目清单', '２．年度工作台账'].join('\n'));
    expect(c.kindOf('２．年度工作台账')).toBe('attachment-list');
  });

  it('should support the outline leaving the list out', async () => {
    const nodes = await outline([...tail, '附件：1.重点任务分工表', '2.专家委员会成员名单'].join('\n'));
    expect(nodes).toEqual(['一、 工作目标', '二、 保障措施', '  （一） 加强领导', '  （二） 强化督导']);
  });

  it('should not support a body paragraph that mentions 附件 as an attachment list', () => {
    const c = classify(['一、主要任务', '各地按附件要求报送材料，附件1所列指标每季度更新。', '1.建立台账。', '2.按时报送。'].join('\n'));
    expect(c.kindOf('各地按附件')).toBe('body');
    expect(c.kindOf('2.按时报送')).toBe('body');
  });

  it('should not support sections with sentences after 附： as attachment names', () => {
    const c = classify([...tail, '附：2025年民生实事', '一、提高低保标准。低保标准提高5%。', '二、建设社区食堂。'].join('\n'));
    // 附：2025年民生实事 over items with sentences is the title of an appended document (blocks.yaml appendedHeading), no list.
    expect(c.kindOf('附：2025')).toBe('title');
    expect(c.kindOf('一、提高低保标准')).toBe('body');
  });

  it('should not support running the list on past a number that does not continue it', () => {
    const c = classify([...tail, '附件：1.重点任务分工表', '2.专家委员会成员名单', '三、其他事项'].join('\n'));
    expect(c.kindOf('三、其他事项')).toBe('body');
  });

  // GB/T 9704-2012 7.3.3: a long attachment name wraps onto the next line (under its first character; a copy loses the indent).
  it('should support an attachment name wrapped onto the next line, before the next item', async () => {
    const c = classify([...tail, '附件：1.某市“十五五”托育服务体系建设规划', '（征求意见稿）', '2.《某市“十五五”托育服务体系建设规划（征求意见稿）》', '起草说明', '某市卫生健康委员会', '2025年11月18日'].join('\n'));
    expect(c.kindOf('（征求意见稿）')).toBe('attachment-list');
    expect(c.kindOf('2.《某市')).toBe('attachment-list');
    expect(await outline([...tail, '附件：1.某市托育服务体系建设规划', '（征求意见稿）', '2.起草说明'].join('\n'))).toEqual(['一、 工作目标', '二、 保障措施', '  （一） 加强领导', '  （二） 强化督导']);
  });

  it('should not support lines after the last item, nor an item after more unnumbered lines than a name wraps onto', () => {
    const c = classify([...tail, '附件：1.重点任务分工表', '某市卫生健康委员会', '2025年11月18日', '附件1', '2.联络员名单'].join('\n'));
    expect(c.kindOf('某市卫生健康委员会')).not.toBe('attachment-list');
    expect(c.kindOf('2.联络员名单')).not.toBe('attachment-list');
  });

  // GB/T 9704-2012 7.3.3: several attachments are numbered from the 附件： line on; a name there with no number is the only one.
  it('should support a 附件： line that names one attachment, the attachment’s own numbering after it staying body', async () => {
    const notice = ['各县（区）卫生健康局：', '现将《某市2027年社区卫生服务工作要点》印发给你们，请认真贯彻落实。', '附件：某市2027年社区卫生服务工作要点'];
    // The copy left the attachment's label and title out: its 一、 follows the 附件： line.
    const plan = ['一、强化基本医疗服务', '（一）提升门诊服务能力。推进社区医院建设。', '二、做实基本公共卫生服务', '三、加强队伍建设'];
    const c = classify([...notice, ...plan].join('\n'));
    expect(c.kindOf('附件：某市')).toBe('attachment-list');
    expect(c.kindOf('一、强化基本医疗服务')).toBe('body');
    expect(c.kindOf('二、做实基本公共卫生服务')).toBe('body');
    expect(await outline([...notice, ...plan].join('\n'))).toEqual(['一、 强化基本医疗服务', '  （一） 提升门诊服务能力', '二、 做实基本公共卫生服务', '三、 加强队伍建设']);
  });

  it('should not support ending a numbered list at its 附件：1. line', () => {
    const c = classify([...tail, '附件：1.重点任务分工表', '2.专家委员会成员名单'].join('\n'));
    expect(c.kindOf('2.专家委员会')).toBe('attachment-list');
  });
});
