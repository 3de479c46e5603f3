// A 政策解读 or 答记者问 published on a page of its own explains a plan it does not print: its title is its own title line, its
// genre its own, and its issuer the organ its page names (来源：…), not the organ its lead says 印发ed the plan. Documents
// written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const PLAN = '《某市城乡供水一体化三年行动方案（2026—2028年）》';

describe('meta of a 政策解读 or 答记者问 of a plan', () => {
  it('should support a 答记者问 titled by the organ whose 负责同志 answers, its publisher named by the page', async () => {
    const m = await meta(
      doc(
        `市水利局负责同志就${PLAN}答记者问`,
        '发布时间：2026-05-08 10:15　　来源：某市水利局',
        `近日，市政府办公室印发${PLAN}。市水利局负责同志接受了记者采访。`,
        '问：方案提出了哪些目标？',
        '答：到2028年，农村自来水普及率达到98%，规模化供水工程覆盖农村人口比例达到85%。',
      ),
    );
    expect(m.title).toBe(`市水利局负责同志就${PLAN}答记者问`);
    expect(m.issuer).toBe('某市水利局');
    expect(m.kind).toBe('答记者问');
    expect(m.planYears).toEqual([2026, 2028]);
  });

  it('should support 关于《…》的政策解读 with its own numbered parts', async () => {
    const m = await meta(
      doc(
        `关于${PLAN}的政策解读`,
        '来源：某市水利局　　发布时间：2026-05-09',
        `日前，市人民政府印发${PLAN}。现就有关内容解读如下。`,
        '一、出台背景',
        '为补齐农村供水短板，制定本方案。',
      ),
    );
    expect(m.title).toBe(`关于${PLAN}的政策解读`);
    expect(m.issuer).toBe('某市水利局');
    expect(m.kind).toBe('政策解读');
  });

  it('should support the lead\'s organ as the issuer where the page names none (a department explaining its own plan)', async () => {
    const m = await meta(doc('《某县2026年卫生健康工作要点》解读', '近日，某县卫生健康局印发《某县2026年卫生健康工作要点》。', '一、主要内容', '全年新增家庭医生团队20个。'));
    expect(m.title).toBe('《某县2026年卫生健康工作要点》解读');
    expect(m.issuer).toBe('某县卫生健康局');
  });

  it('should not support a news headline that 印发s the plan as an interpretation: the plan stays the title', async () => {
    const m = await meta(doc('某县卫生健康局印发《某县2026年卫生健康工作要点》', '近日，某县卫生健康局印发《某县2026年卫生健康工作要点》。', '一、主要任务', '全年新增家庭医生团队20个。'));
    expect(m.title).toBe('某县2026年卫生健康工作要点');
    expect(m.kind).toBe('工作要点');
  });

  it('should not support a plan whose title ends in a plan word as an interpretation (…解读工作方案)', async () => {
    const m = await meta(doc('某市2026年政策解读工作方案', '为做好政策解读工作，制定本方案。', '一、工作目标', '全年发布政策解读材料不少于50篇。'));
    expect(m.title).toBe('某市2026年政策解读工作方案');
    expect(m.kind).toBe('工作方案');
  });
});
