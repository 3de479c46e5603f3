// A noun counted after its unit may run past a comma through modifiers listed before 的 (设施设备齐全,服务流程合理的体检中心),
// but not into a clause opened by 对/为: those open what the next act is done to or for, not a modifier of the counted thing.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'clause.txt' })).indicators.map((i) => [i.text, i.metric, i.value, i.unit]);

const plan = (...lines: string[]) => ['某县结核病防治规划', '一、主要任务', ...lines].join('\n');

describe('indicators: a counted noun stops before a clause opened by a preposition', () => {
  it('should support a screening count before 对 and the people of the next clause', async () => {
    const got = await items(plan('对65岁以上老人每年开展1次肺部影像学检测，对涂阳患者的家庭接触者开展症状问询。'));
    expect(got.filter((i) => i[2] === 1).map((i) => i[1])).toEqual(['肺部影像学检测']);
  });

  it('should support a visit count before 为 and the people of the next clause', async () => {
    const got = await items(plan('全年开展2次家庭随访，为独居的高龄老年人提供上门服务。'));
    expect(got.map((i) => i[1])).toEqual(['家庭随访']);
  });

  it('should not support stopping at a comma between modifiers listed before 的', async () => {
    const got = await items(plan('新建3个布局合理,功能齐全的社区康复站。'));
    expect(got.map((i) => i[1])).toEqual(['社区康复站']);
  });
});
