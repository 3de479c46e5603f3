// A step named by a noun after the light verb 进行 or 开展 (在2小时内进行网络直报, 在24小时内开展流行病学调查) is a step of a handling rule
// as the bare verb is (在2小时内网络直报): the time a procedure allows, no level a plan sets (grammar stepManners). The case
// investigation of disease control (流行病学调查, 流调) is such a step, timed from a report as 核实 is (grammar deadlineVerbs).
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const times = (t: string) => indicators(t).filter((i) => i.unit === '小时' || i.unit === '分钟');

describe('the time a rule allows for a step named after a light verb', () => {
  it('should support a report made within hours after 进行 as no item', () => {
    expect(times('各级医疗机构发现乙类传染病病例后，应在24小时内进行网络直报。')).toEqual([]);
  });
  it('should support a case investigation within hours as no item (开展流行病学调查, 开展流调)', () => {
    expect(times('县疾控中心在12小时内开展流行病学调查。')).toEqual([]);
    expect(times('接到聚集性疫情报告后，须在2小时内开展流调。')).toEqual([]);
  });
  it('should not support a time a target verb sets as a step', () => {
    expect(times('传染病疫情网络直报平均时间缩短至2小时以内。').map((i) => i.value)).toEqual([2]);
  });
  it('should not support a rate of timely reports as a step', () => {
    expect(indicators('法定传染病网络直报及时率达到99%以上。').map((i) => i.value)).toEqual([99]);
  });
});
