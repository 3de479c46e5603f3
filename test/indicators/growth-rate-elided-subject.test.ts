// 增速 opening a clause after an amount and its growth (地区生产总值增长6%，增速高于全省0.5个百分点) is that amount's growth rate,
// compared with a wider area's or an earlier period's: the amount is written once, as 政府工作报告 and 经济运行 reviews state a growth
// and then how it compares (grammar subjectElided). A 增速 with its own subject keeps it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: 增速 after the amount it is of', () => {
  it('should support the amount before as the subject of a bare 增速', async () => {
    expect(await read('某县2027年政府工作报告\n2027年主要预期目标是：一般公共预算收入增长6%，增速高于全市平均水平1个百分点。')).toEqual([
      ['一般公共预算收入', 6, '%', '='],
      ['一般公共预算收入增速', 1, '个百分点', '>='],
    ]);
  });

  it('should not support another subject for a 增速 that names its own', async () => {
    expect(await read('某县2027年政府工作报告\n城镇居民人均可支配收入增长5%，农村居民人均可支配收入增速高于城镇居民1个百分点以上。')).toEqual([
      ['城镇居民人均可支配收入', 5, '%', '='],
      ['农村居民人均可支配收入增速', 1, '个百分点', '>='],
    ]);
  });
});
