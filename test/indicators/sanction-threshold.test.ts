// The threshold of a 考核 rule that lays a sanction on whoever falls below it, written without 对 (…低于80%的县（市、区），由…约谈;
// …的单位，予以通报批评): a condition, no level to reach. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市2027年爱国卫生工作方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);

describe('indicators: thresholds of a sanction', () => {
  it('should not support a rate below which a division is summoned, also when the division carries its bracketed kinds', async () => {
    const out = await items(['三、保障措施', '年度目标完成率低于70%的县（市、区），由市政府约谈分管负责同志。', '考核得分低于60分的单位，予以通报批评。']);
    expect(out).toEqual([]);
  });

  it('should support the plan\'s own target in the same section beside such a threshold', async () => {
    const out = await items(['三、保障措施', '全市病媒生物密度控制水平达标率达到90%以上；达标率低于60%的乡镇，由县级爱卫办约谈乡镇主要负责人。']);
    expect(out.map((i) => [i[1], i[3]])).toEqual([[90, '>=']]);
  });

  it('should not support a rate closed by 的 and a noun as a condition when the clause after it sets no sanction', async () => {
    const out = await items(['一、工作目标', '卫生乡镇占比达到60%的县，全部创建为省级卫生县城。']);
    expect(out.map((i) => i[1])).toEqual([60]);
  });
});
