// The public institutions named 所 that a 卫健 or 疾控 department runs (县卫生监督所, 卫生健康综合监督执法所, 血吸虫病防治所)
// sign their own yearly plans. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: an institution named 所 signing its own plan', () => {
  it('should support a county 卫生监督所 signing its yearly plan', async () => {
    const m = await meta(doc('某县卫生监督所2027年工作计划', '　　一、工作目标', '　　监督覆盖率达到95%以上。', '某县卫生监督所', '2027年2月8日'));
    expect(m.issuer).toBe('某县卫生监督所');
    expect(m.publishDate).toBe('2027-02-08');
  });

  it('should support a 综合监督执法所 and a 防治所 as issuers', async () => {
    const a = await meta(doc('某区2027年卫生健康监督执法工作要点', '　　一、重点工作', '　　开展双随机抽查。', '某区卫生健康综合监督执法所', '2027年1月22日'));
    expect(a.issuer).toBe('某区卫生健康综合监督执法所');
    const b = await meta(doc('某市血吸虫病防治所2027年工作计划', '　　一、工作目标', '　　完成查螺任务。', '某市血吸虫病防治所', '2027年1月15日'));
    expect(b.issuer).toBe('某市血吸虫病防治所');
  });

  it('should not support a place ending in 所 signing as an organ', async () => {
    const m = await meta(doc('某县2027年公共场所卫生工作要点', '　　一、重点工作', '　　加强监督检查。', '重点公共场所', '2027年1月22日'));
    expect(m.issuer ?? '').not.toContain('场所');
  });
});
