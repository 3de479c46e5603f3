// A school's own semester plan: the school's name on a line over the title that names the school year, signed by the school.
// Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: a school signing its own plan', () => {
  it('should support a middle school as the issuer, and its line over a 学年 title as part of the title', async () => {
    const m = await meta(
      doc(
        '某县第二中学',
        '2026—2027学年第一学期工作计划',
        '　　本学期，学校围绕立德树人根本任务，制定本计划。',
        '　　一、工作目标',
        '　　学生巩固率保持在100%。',
        '某县第二中学',
        '2026年8月28日',
      ),
    );
    expect(m.title).toBe('某县第二中学2026—2027学年第一学期工作计划');
    expect(m.issuer).toBe('某县第二中学');
    expect(m.publishDate).toBe('2026-08-28');
  });

  it('should support a primary school and a kindergarten signing their plans', async () => {
    const a = await meta(doc('某市实验小学2027年春季学期工作计划', '　　一、工作目标', '　　开展家访全覆盖。', '某市实验小学', '2027年2月20日'));
    expect(a.issuer).toBe('某市实验小学');
    const b = await meta(doc('某镇中心幼儿园2027年工作计划', '　　一、工作目标', '　　保教质量稳步提升。', '某镇中心幼儿园', '2027年1月10日'));
    expect(b.issuer).toBe('某镇中心幼儿园');
  });

  it('should not support a school named inside a sentence as the issuer', async () => {
    const m = await meta(doc('某县教育体育局2027年工作要点', '　　一、主要目标', '　　新建某县第二中学教学楼1栋。', '某县教育体育局', '2027年2月1日'));
    expect(m.issuer).toBe('某县教育体育局');
  });
});
