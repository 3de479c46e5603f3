// The working groups a plan sets up to run its own work (组建N个专班, 下设N个工作组, 成立N个工作小组) are how its 组织领导 arranges who
// does what, the organisation of the work and no level to reach. A bound count (至少组建N个专班) stays an item, and so do teams that
// deliver a service. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县2027年招商引资工作方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: working groups set up to run the work (组建N个专班)', () => {
  it('should support the working groups set up as no item', async () => {
    expect(await items('围绕四大重点产业组建4个产业链招商专班，由县领导挂帅。')).toEqual([]);
    expect(await items('成立文旅融合发展领导小组，抽调骨干力量组建6个重点项目服务专班。')).toEqual([]);
  });

  it('should not support a bound count of groups, or crews and teams sent out, as no item', async () => {
    expect(await items('组建安全生产督查工作组5个，开展明查暗访。')).toEqual([[5, '个']]);
    expect(await items('每个乡镇至少组建2个驻企服务专班。')).toEqual([[2, '个']]);
    expect(await items('全县组建家庭医生签约服务团队120个。')).toEqual([[120, '个']]);
  });
});
