// The signature block of an agreement (目标责任书, 协议书): the two parties side by side in columns flattened by white space (甲方（盖章）：…
// 乙方（盖章）：…), the signers' lines (…（签字）：), and the date once per column. The 甲方, the party that sets the terms and signs
// first, is the issuer; the date is the signature's. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const body = ['某市2027年度环境保护目标责任书', '甲方：某市人民政府', '乙方：某区人民政府', '一、责任目标', '全年空气质量优良天数比率达到88%以上。'];

describe('meta: the signature block of an agreement', () => {
  it('should support the first party of two signature columns and the date written once per column', async () => {
    const m = await meta(doc(...body, '甲方（盖章）：某市人民政府　　　　　乙方（盖章）：某区人民政府', '市长（签字）：　　　　　　　区长（签字）：', '2027年3月5日　　　　　　　2027年3月5日'));
    expect(m.issuer).toBe('某市人民政府');
    expect(m.publishDate).toBe('2027-03-05');
  });

  it('should support the first party with its seal remark after the organ and one date', async () => {
    const m = await meta(doc(...body, '甲方：某市生态环境局（盖章）　　　乙方：某区生态环境分局（盖章）', '2027年3月6日'));
    expect(m.issuer).toBe('某市生态环境局');
    expect(m.publishDate).toBe('2027-03-06');
  });

  it('should not support two columns whose dates differ as one signature date', async () => {
    const m = await meta(doc(...body, '甲方（盖章）：某市人民政府　　　　　乙方（盖章）：某区人民政府', '2027年3月5日　　　　　　　2027年3月9日'));
    expect(m.publishDate).toBeNull();
  });
});
