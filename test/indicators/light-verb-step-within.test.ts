// After the time a rule allows, a light verb (进行, 开展, 组织, 予以, 给予) takes the act itself as its object: whatever act follows is a
// step of a handling rule (在2小时内进行网络直报, 在24小时内进行报告卡审核), the time a procedure allows, no level a plan sets (grammar
// stepLightVerbs). Sentences written for the test.
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
  it('should support any act after a light verb as the step (进行…审核, 组织…会诊)', () => {
    expect(times('医疗机构应在24小时内进行传染病报告卡订正审核。')).toEqual([]);
    expect(times('接到危重孕产妇救治请求后，应在1小时内组织多学科专家会诊。')).toEqual([]);
  });
  it('should not support a time a target verb sets as a step', () => {
    expect(times('传染病疫情网络直报平均时间缩短至2小时以内。').map((i) => i.value)).toEqual([2]);
  });
  it('should not support a rate of timely reports as a step', () => {
    expect(indicators('法定传染病网络直报及时率达到99%以上。').map((i) => i.value)).toEqual([99]);
  });
});
