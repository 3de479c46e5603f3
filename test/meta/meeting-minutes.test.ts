// A 会议纪要 (GB/T 9704-2012 10.3): the 纪要标志 (`某县人民政府常务会议纪要`, the series' header every issue carries) over the
// number, the compiling office with the date, the issue's own title, and the meeting's particulars (会议时间 / 会议地点 /
// 主持 / 出席 / 列席) before the decisions. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const MINUTES = [
  '某县人民政府常务会议纪要',
  '',
  '某府纪〔2026〕7号',
  '',
  '某县人民政府办公室　　　　　　　　2026年4月20日',
  '',
  '某县十七届人民政府第十二次常务会议纪要',
  '',
  '　　会议时间：2026年4月16日下午',
  '　　会议地点：县政府二楼会议室',
  '　　主　　持：张明　县长',
  '　　会议听取了有关工作汇报。现将会议议定事项纪要如下：',
  '　　一、关于春季造林工作',
  '　　会议要求，今年完成人工造林1.2万亩。',
];

describe('meta: the day a meeting was held is no publish date', () => {
  it('should support the date beside the compiling office as the minutes\' date, not the 会议时间 line\'s', async () => {
    const m = await meta(doc(...MINUTES));
    expect(m.publishDate).toBe('2026-04-20');
    expect(m.issueDate ?? null).toBeNull();
  });
  it('should not support 会议时间, 召开时间 or 报到时间 as a page\'s publish time', async () => {
    const m = await meta(doc('关于召开全市安全生产工作会议的通知', '　　会议时间：2026年5月8日上午9:00', '　　报到时间：2026年5月7日下午', '　　会议地点：市政府三楼会议室'));
    expect(m.publishDate).toBeNull();
  });
});

describe('meta: the 纪要标志 over an issue\'s own title', () => {
  it('should support the issue\'s title below the series\' header as the title, kind 会议纪要 for the year it is dated', async () => {
    const m = await meta(doc(...MINUTES));
    expect(m.title).toBe('某县十七届人民政府第十二次常务会议纪要');
    expect(m.kind).toBe('会议纪要');
    expect(m.docNumber).toBe('某府纪〔2026〕7号');
    expect(m.planYears).toEqual([2026, 2026]);
  });
  it('should support a topic title 关于…的会议纪要 under the header', async () => {
    const m = await meta(doc('某市人民政府专题会议纪要', '第15期', '某市人民政府办公室　　　　2026年8月3日', '关于研究中心城区停车设施建设有关问题的会议纪要', '　　7月30日，副市长李华主持召开专题会议。现将会议议定事项纪要如下：', '　　一、加快公共停车场建设'));
    expect(m.title).toBe('关于研究中心城区停车设施建设有关问题的会议纪要');
  });
  it('should not support dropping the only 纪要 line: with no issue title, the header line is the title', async () => {
    const m = await meta(doc('某县人民政府常务会议纪要', '某县人民政府办公室　　　　2026年6月2日', '　　5月30日，县长张明主持召开县政府常务会议。现将会议议定事项纪要如下：', '　　一、关于防汛工作'));
    expect(m.title).toBe('某县人民政府常务会议纪要');
  });
});

describe('meta: a reply to a deputy\'s proposal', () => {
  const REPLY = [
    '某市交通运输局',
    '',
    '某交建复〔2026〕21号　　　　　　签发人：王强',
    '',
    'B类',
    '',
    '关于市七届人大二次会议第108号建议的答复',
    '',
    '尊敬的赵丽代表：',
    '　　您提出的《关于优化农村客运班线的建议》收悉。现答复如下：',
    '　　一、工作开展情况',
  ];
  it('should support the 关于…的答复 line as the title past the 办理结果 category, kind 答复', async () => {
    const m = await meta(doc(...REPLY));
    expect(m.title).toBe('关于市七届人大二次会议第108号建议的答复');
    expect(m.kind).toBe('答复');
    expect(m.docNumber).toBe('某交建复〔2026〕21号');
  });
  it('should not support a category line (A类, （C类）, 办理结果：A类) as a title', async () => {
    for (const mark of ['A类', '（C类）', '办理结果：A类']) {
      const m = await meta(doc(...REPLY.map((l) => (l === 'B类' ? mark : l))));
      expect(m.title).toBe('关于市七届人大二次会议第108号建议的答复');
    }
  });
});
