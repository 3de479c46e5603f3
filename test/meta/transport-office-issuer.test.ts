// The public institutions named 处 that a 交通运输 or 水利 department runs sign their own yearly plans: a county's 地方海事处,
// a 公路管理处, an 航道管理处, a 水利工程管理处; a web copy names them in the plan's title only. 处 alone ends places and
// words that are no organs (停靠处, 薄弱处). Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: an institution named 处 issuing its own plan', () => {
  it('should support a county 地方海事处 named in its plan title on a web page', async () => {
    const m = await meta(doc('首页 > 政务公开 > 计划总结', '某县地方海事处2027年工作计划', '发布时间：2027-01-20　来源：县海事处', '一、工作目标', '辖区渡船安全检查覆盖率达到100%。', '二、保障措施', '落实安全责任。'));
    expect(m.issuer).toBe('某县地方海事处');
  });

  it('should support a 公路管理处 signing its yearly plan', async () => {
    const m = await meta(doc('某县公路管理处2027年工作要点', '一、重点工作', '完成农村公路养护120公里。', '某县公路管理处', '2027年2月8日'));
    expect(m.issuer).toBe('某县公路管理处');
    expect(m.publishDate).toBe('2027-02-08');
  });

  it('should not support a place ending in 处 signing as an organ', async () => {
    const m = await meta(doc('某县2027年水上交通安全工作要点', '一、重点工作', '加强渡口巡查。', '各渡口停靠处', '2027年1月22日'));
    expect(m.issuer ?? '').not.toContain('停靠处');
  });
});
