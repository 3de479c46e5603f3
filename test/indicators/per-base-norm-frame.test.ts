// A per-base norm inside a provision frame (按照每600名学生配备1名专职卫生技术人员的标准配备校医, 按每3万人口配置1辆救护车的比例配齐):
// school health, 养老 and 急救 plans restate the staffing or equipment norm of a regulation as the basis the provision after the frame
// follows, so the count it provides per base is that norm, not a level the plan sets (grammar provisionFrames, perWords). A bound word
// inside the frame still sets one, and the same norm stated as the plan's own goal, outside a frame, stays an item. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某县教育局2027年学校卫生工作计划', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.comparator}`);

describe('indicators: a per-base norm inside 按照…的标准/比例', () => {
  it('should not support the count a framed staffing norm provides per base', async () => {
    expect(await items(['一、配齐人员', '寄宿制学校按照每500名学生配备1名心理健康教育教师的标准配齐教师。'])).toEqual([]);
    expect(await items(['一、配齐设备', '各乡镇按每2万人口配置1辆救护车的比例配齐急救车辆，全县急救站点达到12个。'])).toEqual(['急救站点|12|个|=']);
  });

  it('should support a bounded norm in a frame, and a norm stated as a goal of its own', async () => {
    const bounded = await items(['一、配齐人员', '养老机构按照每千名老年人不少于2名社会工作者的标准配备人员。']);
    expect(bounded.map((s) => s.split('|').slice(1).join('|'))).toEqual(['2|名|>=']);
    const goal = await items(['一、配齐人员', '到2027年，全县每3万人口配置1辆救护车。']);
    expect(goal.map((s) => s.split('|').slice(1).join('|'))).toEqual(['1|辆|=']);
  });
});
