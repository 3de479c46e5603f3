// A body's composition listed one count per kind of member, the member verb (组成, 参与) written once after the last count
// (1名专科医生、1名全科医生和1名护士组成的服务小组): every listed count names who the body is made of, not a level to reach
// (src/indicators/set-counts.ts membersOfBody). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) => (await extract(lines.join('\n'), { path: 'members.txt' })).indicators.map((i) => [i.value, i.unit]);

const title = '某县2027年家庭医生签约服务工作方案';

describe('indicators: a listed composition closed by one member verb', () => {
  it('should support no item for counts listed before 组成的', async () => {
    expect(await items([title, '一、主要任务', '支持居民选择2名市级医院专科医生、1名社区卫生服务中心全科医生和1名护士组成的服务小组签约。'])).toEqual([]);
  });

  it('should support no item for counts listed with 及 before 参与的', async () => {
    expect(await items([title, '一、主要任务', '建立3名药师及2名营养师参与的慢病联合门诊。'])).toEqual([]);
  });

  it('should not support a list of counts the plan sets to reach', async () => {
    expect(await items([title, '一、主要任务', '全年培训全科医生30名、护士20名和乡村医生50名。'])).toEqual([
      [30, '名'],
      [20, '名'],
      [50, '名'],
    ]);
  });

  it('should not support a count whose list is closed by punctuation before the member verb', async () => {
    expect(await items([title, '一、主要任务', '全县组建签约团队不少于120个。由县卫健局组成的督导组每季度检查。'])).toEqual([[120, '个']]);
  });
});
