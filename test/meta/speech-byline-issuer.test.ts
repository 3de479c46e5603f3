// A speech as a government site prints it: the title (在…会议上的讲话), the byline (organ, the speaker's office and name) and the
// date it was given. The organ of the byline is whose speech it is. Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta issuer: the byline of a speech', () => {
  it('should support the organ of a deputy head\'s byline over the date as the issuer', async () => {
    const m = await meta(doc('在全县安全生产工作会议上的讲话', '某某县人民政府副县长　王某某', '（2027年3月2日）', '同志们：', '今天召开全县安全生产工作会议。'));
    expect(m.issuer).toBe('某某县人民政府');
    expect(m.publishDate).toBe('2027-03-02');
  });

  it('should support the byline of a department head, with the office written 常务副 or 主任', async () => {
    const a = await meta(doc('在2027年全市医疗保障工作会议上的讲话', '某某市医疗保障局局长　李某', '2027年2月20日', '同志们：'));
    expect(a.issuer).toBe('某某市医疗保障局');
    const b = await meta(doc('在全市项目建设推进会上的讲话', '某某市人民政府常务副市长　赵某', '（2027年4月8日）', '同志们：'));
    expect(b.issuer).toBe('某某市人民政府');
  });

  it('should not support a byline with no date under it, nor a person\'s line naming no organ, as the issuer', async () => {
    const a = await meta(doc('在全县安全生产工作会议上的讲话', '某某县人民政府副县长　王某某', '同志们：', '今天召开全县安全生产工作会议。'));
    expect(a.issuer).toBeNull();
    const b = await meta(doc('在全县安全生产工作会议上的讲话', '副县长　王某某', '（2027年3月2日）', '同志们：'));
    expect(b.issuer).toBeNull();
  });
});
