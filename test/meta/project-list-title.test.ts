// A 项目清单 (a year's 民生实事 or key projects set out as a list) is a plan title: a notice that 印发s one under a shorter name
// (关于印发2026年…项目清单的通知) is followed by the list's own title line, which names the place, and that line is the title.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const notice = (title: string, sentence: string, own: string): string =>
  doc('某县卫生健康委员会', '某卫字〔2026〕5号', title, '各乡（镇）卫生院，县直各医疗卫生单位：', sentence, '某县卫生健康委员会', '2026年2月3日', '', own, '序号', '项目名称', '建设内容及目标', '1', '乡镇卫生院提质', '改造提升乡镇卫生院6所。');

describe('meta: a 项目清单 title', () => {
  it('should support the list\'s own title line below a notice that names it without its place', async () => {
    const m = await meta(notice('某县卫生健康委员会关于印发2026年卫生健康民生实事项目清单的通知', '现将《某县2026年卫生健康民生实事项目清单》印发给你们，请认真组织实施。', '某县2026年卫生健康民生实事项目清单'));
    expect(m.title).toBe('某县2026年卫生健康民生实事项目清单');
  });
  it('should not support a sentence that mentions a list as the title', async () => {
    const m = await meta(doc('某县2026年卫生健康工作要点', '各单位要对照项目清单。', '一、加强基层建设'));
    expect(m.title).toBe('某县2026年卫生健康工作要点');
  });
});
