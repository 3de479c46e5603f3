// A WeChat 公众号 copy headed by the account’s name, the post line and a title framed by emoji (holdout46 showed the form):
// documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const article = (title: string): string =>
  doc(
    '某县青年',
    '原创 共青团某县委 某县青年 2026-03-02 18:20 广东',
    '👆点击蓝字 关注我们',
    title,
    '2026年全县共青团工作的总体要求是：坚持党建带团建，服务青年成长。',
    '一、强化思想引领',
    '1. 开展主题团日活动。全年开展活动不少于120场。',
  );

describe('meta title: a WeChat article headed by its account', () => {
  it('should support the title framed by emoji under the account’s name, not the name', async () => {
    const a = await meta(article('🎈 共青团某县委2026年工作要点 🎈'));
    expect(a.title).toBe('共青团某县委2026年工作要点');
    expect(a.kind).toBe('工作要点');
    expect(a.planYears).toEqual([2026, 2026]);
  });

  it('should support a title framed by symbols and arrows', async () => {
    expect((await meta(article('▶共青团某县委2026年工作要点◀'))).title).toBe('共青团某县委2026年工作要点');
  });

  it('should not support the emoji as part of the title', async () => {
    expect((await meta(article('共青团某县委2026年工作要点✨'))).title).toBe('共青团某县委2026年工作要点');
  });

  it('should not support a check-marked list item as the title, its mark stripped as decoration', async () => {
    const m = await meta(doc('✅城乡居民医保参保率稳定在95%以上', '📌年度重点', '全年新建社区食堂12个。', '改造老年活动中心30个。'));
    expect(m.title).not.toBe('城乡居民医保参保率稳定在95%以上');
  });

  it('should not support a title that has no decoration changing', async () => {
    expect((await meta(article('共青团某县委2026年工作要点'))).title).toBe('共青团某县委2026年工作要点');
  });
});
