// The points a scoring scheme allots to an item or in all (单项指标分值最高15分, 满分100分) are what the item is worth, not a level an
// assessed body reaches: no item, whatever verb or bound comes with them. A level of points reached (测评得分不低于90分) stays one.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县2027年度基层医疗卫生机构绩效考核方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: points a scoring scheme allots', () => {
  it('should support the points an item is worth as no item', async () => {
    expect(await items('考核指标按重要程度设置权重，单项指标分值最高15分。')).toEqual([]);
    expect(await items('考核实行百分制，满分100分。')).toEqual([]);
  });

  it('should not support a level of points reached as allotted points', async () => {
    expect(await items('群众满意度测评得分不低于90分。')).toEqual([['群众满意度测评得分', 90, '分']]);
  });
});
