// 专栏 insets: the box's title and content are not outline; the box ends where the body's own
// numbering resumes.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const plan = [
  '一、发展基础',
  '过去五年，全区水环境持续改善。',
  '二、重点任务',
  '（一）筑牢防洪安全底线',
  '加快海堤达标建设，完善排涝泵站布局。',
  '专栏1　防洪除涝重点工程',
  '1.海堤提标。新建加固海堤20公里。',
  '2.泵站建设。新建排涝泵站6座。',
  '（二）提升河湖生态品质',
  '推进河湖生态缓冲带建设。',
  '专栏2 生态河道建设',
  '中小河道综合整治150公里。',
  '三、保障措施',
  '加强组织领导。',
].join('\n');

describe('blocks: inset (专栏)', () => {
  it('should support a 专栏 box whose numbered content is not outline', () => {
    const c = classify(plan);
    expect(c.kindOf('专栏1')).toBe('inset');
    expect(c.kindOf('1.海堤提标')).toBe('inset');
    expect(c.kindOf('2.泵站建设')).toBe('inset');
  });

  it('should support ending the box where the body numbering resumes (the next sibling or a higher level)', () => {
    const c = classify(plan);
    expect(c.kindOf('（二）提升河湖')).toBe('body');
    expect(c.kindOf('专栏2')).toBe('inset');
    expect(c.kindOf('中小河道综合整治')).toBe('inset');
    expect(c.kindOf('三、保障措施')).toBe('body');
  });

  it('should support ending a box at the first child of the innermost section, in the scheme the body used there before', () => {
    const text = ['一、总体要求', '（一）指导思想', '坚持生态优先。', '二、主要任务', '专栏1 十大工程', '海塘达标工程', '（一）加强水安全保障', '推进海塘建设。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('海塘达标工程')).toBe('inset');
    expect(c.kindOf('（一）加强水安全保障')).toBe('body');
  });

  it('should support a box whose list opens right under its title, though the body numbered children in that scheme before', () => {
    const text = ['一、重点任务', '（一）强化人才支撑', '1.引进紧缺人才。', '2.加强在岗培训。', '（二）提升服务能力',
      '推进县级医院提标扩能。', '专栏 能力提升工程', '1.胸痛中心建设。', '2.特色科室建设：建成特色科室15个。', '二、保障措施', '加强组织领导。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('1.胸痛中心建设')).toBe('inset');
    expect(c.kindOf('2.特色科室建设')).toBe('inset');
    expect(c.kindOf('二、保障措施')).toBe('body');
  });

  it('should support the outline leaving the box out', async () => {
    expect(await outline(plan)).toEqual(['一、 发展基础', '二、 重点任务', '  （一） 筑牢防洪安全底线', '  （二） 提升河湖生态品质', '三、 保障措施']);
  });

  it('should support a bracketed heading 【专栏3】 with a list of projects', () => {
    const text = ['一、重点任务', '（一）建设数字政府', '推进政务服务一网通办。', '【专栏3】数字政府重点工程', '（1）一体化政务服务平台', '（2）城市运行管理中心', '（二）优化营商环境', '深化放管服改革。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('（2）城市运行')).toBe('inset');
    expect(c.kindOf('（二）优化营商环境')).toBe('body');
  });

  it('should not support a body paragraph that merely mentions 专栏 as an inset', () => {
    const text = ['一、重点任务', '专栏所列项目由各部门牵头实施，所需资金列入年度预算。', '1.加强组织。', '2.强化保障。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('专栏所列项目')).toBe('body');
    expect(c.kindOf('2.强化保障')).toBe('body');
    const run = classify(['一、重点任务', '专栏项目各县区可结合实际增补，报市级备案', '1.加强组织。'].join('\n'));
    expect(run.kindOf('专栏项目')).toBe('body');
    expect(run.kindOf('1.加强组织')).toBe('body');
  });

  it('should support an unnumbered box title set off by a space only (专栏　重点工程)', () => {
    const text = ['一、重点任务', '（一）完善服务体系', '推进县级医院提标扩能。', '专栏　县域医疗卫生重点工程', '县级医院胸痛中心建设。', '（二）强化保障', '落实投入。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('专栏　县域')).toBe('inset');
    expect(c.kindOf('县级医院胸痛中心')).toBe('inset');
    expect(c.kindOf('（二）强化保障')).toBe('body');
  });
});
