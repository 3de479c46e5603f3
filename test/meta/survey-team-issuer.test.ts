// A 统计公报 is signed jointly by the local 统计局 and the survey team of 国家统计局 (国家统计局某县调查队, 某省调查总队), under
// its title or at its end. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: the survey team of 国家统计局 as an issuer', () => {
  it('should support the 统计局 and the 调查队 on one line under the title, parted by an ideographic space', async () => {
    const m = await meta(doc('某县2026年国民经济和社会发展统计公报', '某县统计局　国家统计局某县调查队', '2027年3月12日', '', '一、综合', '初步核算，全年全县地区生产总值86.2亿元，比上年增长5.1%。'));
    expect(m.issuer).toBe('某县统计局 国家统计局某县调查队');
    expect(m.kind).toBe('统计公报');
    expect(m.planYears).toEqual([2026, 2026]);
  });

  it('should support the two bodies one a line in the signature at the end', async () => {
    const m = await meta(doc('某市2026年国民经济和社会发展统计公报', '', '一、综合', '全年全市地区生产总值1286.4亿元，比上年增长5.3%。', '', '某市统计局', '国家统计局某市调查队', '2027年3月20日'));
    expect(m.issuer).toBe('某市统计局 国家统计局某市调查队');
  });

  it('should not support a team that is the object of a sentence as an issuer', async () => {
    const m = await meta(doc('某县2027年统计工作要点', '', '一、加强统计队伍建设', '配合国家统计局某县调查队做好住户调查。'));
    expect(m.issuer ?? '').not.toContain('调查队');
  });
});
