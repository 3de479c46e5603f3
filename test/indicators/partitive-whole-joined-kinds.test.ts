// The whole a partitive frame sizes (全区N个…中，…) is often two kinds of institution joined with 和 under a division's bracketed
// kinds (镇（街道）社区卫生服务中心和卫生院): a longer noun, still one set that a later count picks its part out of; the whole's size
// is no level and no target. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const review = (body: string) => `一、2026年工作总结\n\n（一）${body}`;

describe('a count of a whole of two joined kinds before a partitive 中', () => {
  it('should support leaving out the whole of 镇（街道）社区卫生服务中心和卫生院中，', async () => {
    const items = await documentItems(review('基层服务提档升级。全区14个镇（街道）社区卫生服务中心和卫生院中，新增4家达到推荐标准。'));
    expect(items.some((i) => i.includes('|14|'))).toBe(false);
    expect(items.some((i) => i.includes('|4|'))).toBe(true);
  });
  it('should support leaving out the whole of 县（市、区）妇幼保健院和综合医院产科中，', async () => {
    const items = await documentItems(review('妇幼服务持续改善。全市18个县（市、区）妇幼保健院和综合医院产科中，完成11家爱婴医院复核。'));
    expect(items.some((i) => i.includes('|18|'))).toBe(false);
    expect(items.some((i) => i.includes('|11|'))).toBe(true);
  });
  it('should not support leaving out a count with a verb of its own before a long noun', async () => {
    const items = await documentItems(review('项目建设加快推进。新建12个镇（街道）社区卫生服务中心和卫生院发热诊室，其中8个已投入使用。'));
    expect(items.some((i) => i.includes('|12|'))).toBe(true);
  });
});
