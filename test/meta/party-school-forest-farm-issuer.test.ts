// A county or city party school (中共某县委党校, 某市委党校) and a state forest farm (国有某某林场) are 事业单位 that adopt and
// sign their own yearly 工作要点 / 工作计划: the school under its red header and signature, the farm in its title and signature.
// Their names end in 党校 and 林场, which are organ suffixes. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: a party school and a state forest farm as issuers', () => {
  it('should support a party school under its red header and signature as the issuer', async () => {
    const m = await meta(doc('中共某县委党校文件', '某党校发〔2027〕4号', '关于印发《中共某县委党校2027年工作要点》的通知', '各科室、教研室：',
      '现将《中共某县委党校2027年工作要点》印发给你们，请认真抓好落实。', '中共某县委党校', '2027年2月3日', '中共某县委党校2027年工作要点',
      '一、加强教学培训', '全年举办主体班6期。'));
    expect(m.issuer).toBe('中共某县委党校');
  });

  it('should support a state forest farm that its plan title starts with as the issuer', async () => {
    const m = await meta(doc('某县国有青松岭林场2027年度工作计划', '', '一、营造林', '全年完成人工造林800亩，森林抚育3000亩。', '', '某县国有青松岭林场', '2027年1月8日'));
    expect(m.issuer).toBe('某县国有青松岭林场');
  });

  it('should not support a farm or a school that is the object of a sentence as an issuer', async () => {
    const m = await meta(doc('某县林业局2027年工作要点', '', '一、推进国有林场改革', '指导某县国有青松岭林场完善管护制度。', '组织干部到县委党校参加培训。'));
    expect(m.issuer ?? '').not.toMatch(/林场|党校/);
  });
});
