// 民政 writing: the people a scheme keeps on its rolls (保障…N人), relief given first within hours of a report (在N小时内先行救助),
// and the divisions of the whole territory a measure is for (面向全市N个县（区）). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('保障 before the people counted on a scheme', () => {
  it('should support 保障 with the people named between it and the count, the verb once for a list', () => {
    expect(brief(indicators('全县累计保障农村低保对象3.4万人、分散供养特困人员6200人。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'))).toEqual([
      '农村低保对象|3.4|万人',
      '分散供养特困人员|6200|人',
    ]);
  });
  it('should not support 保障性 (affordable) as the verb 保障', () => {
    expect(brief(indicators('全年筹集保障性租赁住房1800套。', ANNUAL_2024)).map((b) => b.split('|')[0])).toEqual(['保障性租赁住房']);
  });
});

describe('relief given first within a time a rule allows', () => {
  it('should not support a time limit before 先行救助 or 先行支付', () => {
    expect(brief(indicators('对急难型救助对象在12小时内先行救助。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('医疗费用在10个工作日内先行支付。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support a time limit before 予以 or 给予 and the step (予以答复, 给予回复)', () => {
    expect(brief(indicators('对来信反映的问题，市民政局在5个工作日内予以答复。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('网上留言在3日内给予回复。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a time limit a target verb sets for the relief', () => {
    expect(brief(indicators('急难型临时救助办理时限压缩到12小时以内。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['12|小时|<=']);
  });
});

describe('the divisions of the whole territory a measure is for', () => {
  it('should not support a count of all the divisions after 面向全市 or 在全县', () => {
    expect(brief(indicators('面向全市6个县（市、区）开展养老护理员轮训。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('在全县14个乡镇开展婚俗改革宣传。', ANNUAL_2024))).toEqual([]);
  });
  it('should support sites chosen without the whole territory, and a count the measure sets', () => {
    expect(brief(indicators('在3个县（区）开展养老服务改革试点。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['3|个']);
    expect(brief(indicators('面向全市培训养老护理员1200人次。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['1200|人次']);
  });
  it('should support the sites of a pilot chosen within the whole territory after 在全市', () => {
    expect(brief(indicators('在全市8个街道开展老旧小区物业管理试点。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['8|个']);
    expect(brief(indicators('选择在全区4个镇开展宅基地改革试行。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4|个']);
  });
});
