// A count with a short verb alone (今年再建成4个, 年内新增2家) counts the things the clause right before names: what that clause
// furthers the building of (加快推进…次中心建设: the 建设 of a thing is its building; grammar furtheringVerbs), or a stock it
// states in the same unit (现有…3家), which the count adds to (shapes.ts thingOfClauseBefore). Not after an earlier count of its
// own clause (…不少于30家、力争40家), whose object it shares. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: the things a verb alone counts, named in the clause before', () => {
  it('should support the thing whose building the clause before furthers', async () => {
    expect(await read('加快标准化中医馆建设，年内再建成6个。')).toEqual([['标准化中医馆', 6, '个']]);
    expect(await read('深入推进紧密型医共体分院建设，全年新增3家。')).toEqual([['紧密型医共体分院', 3, '家']]);
  });

  it('should support the stock the count adds to, in the same unit', async () => {
    expect(await read('全县现有母婴室14个，年内新增5个。')).toEqual([['母婴室', 5, '个']]);
  });

  it('should not support a stock in another unit, or a count that shares an earlier count of its clause', async () => {
    expect((await read('全县现有献血屋3处，年内新增2辆。')).map((r) => r[0])).not.toContain('献血屋');
    expect(await read('推进社区医院建设，全年新建社区医院不少于5家、力争8家。')).toEqual([
      ['社区医院', 5, '家'],
      ['社区医院', 8, '家'],
    ]);
  });
});
