// A railway 站段 (车务段, 工务段, 电务段, 机务段, 车辆段, 供电段, 客运段) is the base unit of a national railway group company: it
// adopts and signs its own yearly 工作计划 under its red header (…车务段文件) and its signature. Its name ends in the profession
// and 段, which are organ suffixes; 段 alone is not (路段, 地段, 阶段). Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: a railway 站段 as the issuer', () => {
  it('should support a depot that signs the notice wrapping its plan as the issuer', async () => {
    const m = await meta(doc('中国铁路某某局集团有限公司青石工务段文件', '青工务〔2027〕2号', '关于印发《青石工务段2027年工作计划》的通知',
      '段属各车间，段机关各科室：', '《青石工务段2027年工作计划》已经段务会审议通过，现印发给你们，请认真落实。', '青石工务段', '2027年1月15日',
      '青石工务段2027年工作计划', '一、主要目标', '全年完成线路大修45公里。'));
    expect(m.issuer).toBe('青石工务段');
  });

  it('should support a 供电段 that its plan title starts with as the issuer', async () => {
    const m = await meta(doc('白河供电段2027年工作要点', '', '一、安全目标', '接触网故障件数较上年下降10%。', '', '白河供电段', '2027年2月1日'));
    expect(m.issuer).toBe('白河供电段');
  });

  it('should not support a road section or a stage named in a sentence as an issuer', async () => {
    const m = await meta(doc('某县交通运输局2027年工作要点', '', '一、道路安全', '对国道某某路段开展隐患整治。', '推进事故多发路段改造，进入攻坚阶段。'));
    expect(m.issuer ?? '').not.toMatch(/段$/);
  });
});
