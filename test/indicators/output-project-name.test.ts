// An industrial project is named by the yearly output it is designed for (年产N吨…项目, 年产N台…生产基地): 招商, 发改 and 工信 plans
// and project lists write the capacity inside the name, so the quantity right after 年产 whose noun runs into a project head is part of
// the name, no item. A capacity the plan sets to form (形成年产N…的生产能力), or a count of projects, stays one. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县2027年招商引资工作方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a yearly output inside a project name (年产N吨…项目)', () => {
  it('should support the output in a project name as no item', async () => {
    expect(await items('对年产30万吨绿色包装材料项目实行一对一跟踪服务。')).toEqual([]);
    expect(await items('加快推进年产8000台新能源专用车生产基地建设。')).toEqual([]);
  });

  it('should not support a capacity to form, or a count of projects, as no item', async () => {
    expect(await items('项目建成后形成年产12万套智能家居部件的生产能力。')).toEqual([[12, '万套']]);
    expect(await items('全年新签约年产值亿元以上项目不少于8个。')).toEqual([[8, '个']]);
  });
});
