// The signature block: issuing bodies' names, the date (Arabic or Chinese numerals), 印发说明.
import { describe, expect, it } from 'vitest';
import { classify } from './blocks-helpers.js';

describe('blocks: signature', () => {
  it('should support names over a date and a 此件 note', () => {
    const c = classify(['现将方案印发给你们，请认真贯彻执行。', 'XX市卫生健康委员会', 'XX市发展和改革委员会', '2023年1月9日', '（此件公开发布）'].join('\n'));
    expect(c.kindOf('XX市卫生健康委员会')).toBe('signature');
    expect(c.kindOf('（此件公开发布）')).toBe('signature');
  });

  it('should support a date in Chinese numerals on the name line', () => {
    const c = classify(['请结合实际认真贯彻落实。', 'XX县人民政府 二〇二一年三月八日'].join('\n'));
    expect(c.kindOf('XX县人民政府')).toBe('signature');
  });

  it('should support the zero written ○ in an old Word file', () => {
    expect(classify(['请认真组织实施。', 'XX县卫生局', '二○一二年三月五日'].join('\n')).kindOf('XX县卫生局')).toBe('signature');
  });

  it('should support a date written in full-width digits (２０２５年３月１日)', () => {
    const c = classify(['某县卫生健康局２０２５年工作要点', '某卫发〔２０２５〕１２号', '现将工作要点印发给你们，请认真贯彻落实。', '某县卫生健康局', '２０２５年３月１日', '某县卫生健康局２０２５年工作要点', '一、加强公共卫生'].join('\n'));
    expect(c.kindOf('某县卫生健康局\n２０２５年３月１日')).toBe('signature');
    expect(c.documentHeads()).toEqual(['某县卫生健康局２０２５年工作要点']);
  });

  it('should not support a publish date at the head of a page, before any body text', () => {
    const c = classify(['2023年1月9日', 'XX市2023年卫生健康工作要点', '一、总体要求'].join('\n'));
    expect(c.kindOf('2023年1月9日')).toBe('body');
  });

  it('should not support a body sentence that ends with a date', () => {
    const c = classify(['为做好相关工作，现通知如下。', '项目申报截止日期为2023年5月31日'].join('\n'));
    expect(c.kindOf('项目申报')).toBe('body');
  });
});
