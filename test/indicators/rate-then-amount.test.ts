// A later milestone of a rate (a name ending in 率, 比例) is a rate too: an amount or a count after a clause of its own that
// stands between them (满意率达到95%，奖金逐年提高，最高不超过10万元) is the level of the thing that clause names, not the rate's.
// The growth of an amount (增长6%，突破100亿元) is no rate's name and goes on. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某市2027年政务服务工作要点', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: an amount after a rate and a clause of its own', () => {
  it('should support naming the amount by the clause between, not by the rate', async () => {
    const out = await items(['（一）群众来信办结满意率达到95%，见义勇为奖金逐年提高，最高不超过10万元。']);
    expect(out).toEqual([
      ['群众来信办结满意率', 95, '%'],
      ['见义勇为奖金', 10, '万元'],
    ]);
  });

  it('should not support cutting the growth of an amount from its level, nor a rate from its later percentage', async () => {
    const out = await items(['（一）全市文旅消费总额增长8%左右，力争突破260亿元。', '（二）电子证照应用率2027年上半年达到60%，年底达到80%。']);
    expect(out).toEqual([
      ['文旅消费总额', 8, '%'],
      ['文旅消费总额', 260, '亿元'],
      ['电子证照应用率', 60, '%'],
      ['电子证照应用率', 80, '%'],
    ]);
  });
});
