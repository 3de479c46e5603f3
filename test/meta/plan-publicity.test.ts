// A 规划 is published before approval for thirty days at least (城乡规划法 第二十六条): a 公示 names the draft in 《》, with its
// mark (（公示稿）) written inside or after them, and prints it below, as a consultation on a draft does. Lines written for the test.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: a 规划 published for comment (公示)', () => {
  it('should support the draft a 公示 names, with the mark written after the book-title marks, as the title', async () => {
    const m = await meta(
      doc(
        '关于《某县国土空间总体规划（2021—2035年）》（公示稿）的公示',
        '现将规划主要内容予以公示，公示时间为30日。',
        '一、公示时间：2025年3月2日至2025年3月31日。',
        '某县自然资源局',
        '2025年3月2日',
        '某县国土空间总体规划（2021—2035年）',
        '（公示稿）',
        '一、规划范围和期限',
        '规划期限为2021—2035年。',
      ),
    );
    expect(m.title).toBe('某县国土空间总体规划（2021—2035年）（公示稿）');
    expect(m.kind).toBe('规划');
    expect(m.planYears).toEqual([2021, 2035]);
    expect(m.issuer).toBe('某县自然资源局');
  });

  it('should support a 批前公示 公告 naming the draft in 《》 alone', async () => {
    const m = await meta(doc('关于《某镇中心区控制性详细规划》批前公示的公告', '现予公示，征求公众意见。', '某县自然资源局', '2025年6月5日', '一、规划范围', '东至环城路。'));
    expect(m.title).toBe('某镇中心区控制性详细规划');
  });

  it('should support （公示稿） on the line under a cover title as the draft\'s mark, as （征求意见稿） is', async () => {
    const m = await meta(doc('某市国土空间总体规划（2021—2035年）', '（公示稿）', '某市自然资源和规划局', '2025年4月8日', '一、规划范围和期限', '规划期限为2021—2035年。'));
    expect(m.title).toBe('某市国土空间总体规划（2021—2035年）（公示稿）');
    expect(m.issuer).toBe('某市自然资源和规划局');
  });

  it('should not support a 公示 of a list or a matter as a consultation on a draft', async () => {
    const m = await meta(doc('关于2025年度某县拟表彰先进集体和先进个人名单的公示', '现将名单予以公示。', '一、先进集体', '某县人民政府办公室', '2025年12月5日'));
    expect(m.title).toBe('关于2025年度某县拟表彰先进集体和先进个人名单的公示');
  });
});
