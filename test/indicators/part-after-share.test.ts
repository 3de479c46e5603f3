// A count broken out after 其中 parts a count of the same kind; after a share (占…的N%) it is the group's own count, and the
// share's name (…占户籍总人口比例) is no name of it. Reviews state a population, its share, then a group of it this way.
import { describe, expect, it } from 'vitest';
import { documentItems, indicators } from './helpers.js';

const DOC = '一、发展基础\n截至2024年末，全县65周岁及以上老年人口12.3万人，占户籍总人口的18.4%，其中90周岁及以上老年人6100人。\n';

describe('a count after 其中 that follows a share', () => {
  it('should support the group count named by its own noun', async () => {
    const got = await documentItems(DOC);
    const group = got.find((l) => l.startsWith('90周岁'));
    expect(group?.split('|').slice(0, 3)).toEqual(['90周岁及以上老年人', '6100', '人']);
  });
  it('should not support the share losing its own name', async () => {
    const got = await documentItems(DOC);
    expect(got.some((l) => l.includes('|18.4|') && l.includes('总人口'))).toBe(true);
  });
  it('should support a rate after 其中 still named after the rate before it', () => {
    const got = indicators('到2030年，经常参加体育锻炼人数比例达到40%，其中青少年达到50%以上。').map((i) => `${i.metric} ${i.value}`);
    expect(got).toContain('青少年经常参加体育锻炼人数比例 50');
  });
});
