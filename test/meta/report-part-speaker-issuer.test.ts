// A government's work report printed in part (its 卫生健康部分, a 摘要) keeps the subtitle and the speaker line but not the opening
// 我代表…人民政府 sentence: the speaker line under the subtitle (`某县人民政府县长　某某`) still names the government the report is
// delivered for, which is its issuer (src/meta/issuer.ts deliveredBy). Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: a report printed in part takes its issuer from the speaker line', () => {
  it('should support the government of the speaker line under the subtitle as the issuer', async () => {
    const m = await meta(doc('青禾县2027年政府工作报告（教育部分）', '——2027年1月15日在青禾县第十七届人民代表大会第六次会议上',
      '青禾县人民政府县长　陈思远', '', '一、2026年教育工作回顾', '全年新建幼儿园3所。', '二、2027年教育工作安排', '新增学位1200个。'));
    expect(m.issuer).toBe('青禾县人民政府');
  });

  it('should support an acting head\'s line the same way', async () => {
    const m = await meta(doc('政府工作报告（摘要）', '——2027年1月20日在石岭市第九届人民代表大会第五次会议上',
      '石岭市人民政府代市长　杨景和', '', '一、2026年工作回顾', '地区生产总值增长5.6%。'));
    expect(m.issuer).toBe('石岭市人民政府');
  });

  it('should not support a government byline with no subtitle above it as a delivered report\'s issuer', async () => {
    const m = await meta(doc('关于做好春季学校卫生工作的几点意见', '青禾县教育体育局', '', '一、加强晨午检', '各校每日开展晨午检。'));
    expect(m.issuer).not.toBe('青禾县人民政府');
  });
});
