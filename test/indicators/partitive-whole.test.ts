// A count of a whole set closed by a partitive word (…中，…中有, 当中): “among the N …”, the set a later count of the sentence picks
// its part out of (grammar partitiveEnds). The whole's size is no level and no target; the part is the item.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const review = (body: string) => `一、2025年工作总结\n\n（一）${body}`;

describe('a count of the whole before a partitive 中', () => {
  it('should not support the whole set before 中， in a review (the part after it is the item)', async () => {
    const items = await documentItems(review('基层阵地不断夯实。全区11个社区卫生服务站中，完成7个站点标准化改造。'));
    expect(items.some((i) => i.includes('|11|'))).toBe(false);
    expect(items.some((i) => i.includes('|7|'))).toBe(true);
  });
  it('should not support the whole set before 中有 or 当中', async () => {
    expect((await documentItems(review('医联体建设稳步推进。全市23家民营医院中有15家加入医联体。'))).some((i) => i.includes('|23|'))).toBe(false);
    expect((await documentItems(review('队伍建设得到加强。在岗的48名乡村医生当中，完成全员轮训48名。'))).filter((i) => i.includes('|48|')).length).toBe(1);
  });
  it('should support a count before a word that only ends in 中 (高中, 集中)', async () => {
    expect((await documentItems(review('教育资源持续扩容。新建2所普通高中，完成投资1.5亿元。'))).some((i) => i.includes('|2|'))).toBe(true);
  });
  it('should support a count of the whole with a verb of its own (not a bare set)', async () => {
    expect((await documentItems(review('项目建设加快推进。新建6个村卫生室，其中4个已投入使用。'))).some((i) => i.includes('|6|'))).toBe(true);
  });
});
