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
