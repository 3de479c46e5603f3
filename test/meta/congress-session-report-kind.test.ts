// The reports of a 人民代表大会's session besides the 政府工作报告: those of the 人民法院, the 人民检察院 and the congress's
// 常务委员会 (某市中级人民法院工作报告, 某县人民检察院工作报告). Their genre is 工作报告 (grammars/meta.yaml kinds), and they plan the
// year they are delivered in (…2027年工作安排), as a 政府工作报告 does. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: the 工作报告 of a congress session', () => {
  it('should support a court\'s 工作报告 as the kind 工作报告, planning its year of delivery', async () => {
    const m = await meta(doc('某市中级人民法院工作报告', '——2027年1月10日在某市第八届人民代表大会第五次会议上', '某市中级人民法院院长　李文涛', '',
      '各位代表：', '一、2026年工作回顾', '全年全市法院受理各类案件5.6万件。', '二、2027年工作安排', '诉前调解成功率稳定在40%以上。'));
    expect(m.kind).toBe('工作报告');
    expect(m.planYears).toEqual([2027, 2027]);
  });

  it('should support a procuratorate\'s and a standing committee\'s 工作报告 as the kind 工作报告', async () => {
    expect((await meta(doc('某县人民检察院工作报告', '', '各位代表：', '一、2026年主要工作', '全年批准逮捕犯罪嫌疑人312人。'))).kind).toBe('工作报告');
    expect((await meta(doc('某市人民代表大会常务委员会工作报告', '', '各位代表：', '一、过去一年的主要工作', '全年召开常委会会议8次。'))).kind).toBe('工作报告');
  });

  it('should not support a 政府工作报告 or an 审计工作报告 as the plain 工作报告', async () => {
    expect((await meta(doc('某县政府工作报告', '', '各位代表：', '一、2026年工作回顾', '地区生产总值增长5.5%。'))).kind).toBe('政府工作报告');
    expect((await meta(doc('关于某市2026年度市级预算执行和其他财政收支的审计工作报告', '', '一、基本情况', '审计发现问题金额1.2亿元。'))).kind).toBe('审计工作报告');
  });
});
