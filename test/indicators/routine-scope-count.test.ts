// A count of the things a routine is run on (对全县N家企业每季度开展1次检查) is the routine's scope, the stock it covers each time,
// not a number to reach; the same count with no cadence and times after it (对N家…开展专项整治) stays an item. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县2027年安全生产工作要点', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
  ]);

describe('indicators: the scope of a routine', () => {
  it('should support no item for the things checked every half year', async () => {
    expect(await items('对全县31家烟花爆竹经营单位每半年开展1次全覆盖检查。')).toEqual([]);
  });

  it('should support no item for the sites patrolled every month', async () => {
    expect(await items('对辖区46处山洪灾害危险区每月巡查1次。')).toEqual([]);
  });

  it('should support no item for the works tested every quarter, a target after it kept', async () => {
    expect(await items('对全县7座集中供水工程每季度开展1次水质检测，水质达标率达到95%以上。')).toEqual([['水质达标率', 95, '%']]);
  });

  it('should not support dropping a count of things an action is done to once', async () => {
    expect(await items('对全县17家加油站开展专项整治。')).toEqual([['开展专项整治的加油站', 17, '家']]);
  });

  it('should not support dropping times after a cadence set with a bound word', async () => {
    expect(await items('每季度开展应急演练不少于2次。')).toEqual([['应急演练', 2, '次']]);
  });
});
