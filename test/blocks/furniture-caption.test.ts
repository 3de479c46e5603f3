// A photo caption a portal's editor sets under a picture between a report's paragraphs (图为…, or a line ending with the
// credit （某某　摄）/（某某供图）) is page furniture: no document text, and its numbers are no targets (sentences written
// for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { classify } from './blocks-helpers.js';

const REPORT = [
  '一、2026年工作回顾',
  '（一）工业经济稳步回升。规模以上工业增加值增长7.5%，新增规模以上工业企业18家。',
  '图为某县经济开发区新能源电池生产线，今年产能较上年提升30%。',
  '（二）城乡建设加快推进。新改建农村公路96公里。',
  '梅岭村新建的文化广场上村民正在排练节目，参演群众超过200人。（县融媒体中心　摄）',
  '（三）民生事业全面进步。城镇新增就业2800人。',
  '晚稻收割现场，全镇晚稻亩产同比增长5%。（某镇人民政府供图）',
].join('\n');

describe('blocks: photo captions', () => {
  it('should support a line opening with 图为 as furniture', () => {
    expect(classify(REPORT).kindOf('图为某县')).toBe('furniture');
  });

  it('should support a line ending with a photo credit (a space and 摄, or 供图, in brackets) as furniture', () => {
    const c = classify(REPORT);
    expect(c.kindOf('梅岭村新建')).toBe('furniture');
    expect(c.kindOf('晚稻收割现场')).toBe('furniture');
  });

  it('should support the report\'s own numbers and none of the captions\' as indicators', async () => {
    const plan = await extract(REPORT);
    const values = plan.indicators.map((i) => `${String(i.value)}${i.unit ?? ''}`);
    expect(values).toEqual(expect.arrayContaining(['7.5%', '18家', '96公里', '2800人']));
    expect(values).not.toContain('30%');
    expect(values).not.toContain('200人');
    expect(values).not.toContain('5%');
  });

  it('should not support a body line ending with a list in brackets that closes with 摄影 as a caption', () => {
    const text = ['一、丰富群众文化生活', '全年举办群众文化活动120场，组建文艺团队40支（含舞蹈、书法、摄影）', '二、加强文物保护'].join('\n');
    expect(classify(text).kindOf('全年举办')).not.toBe('furniture');
  });

  it('should not support a sentence that only mentions a picture (绘制…图为) as a caption', () => {
    const text = ['一、完善规划体系', '以国土空间总体规划“一张图”为底板，年内完成村庄规划编制30个。', '二、强化用地保障'].join('\n');
    expect(classify(text).kindOf('以国土空间')).not.toBe('furniture');
  });
});
