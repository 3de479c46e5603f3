// A light verb (进行, 开展, 组织) takes the act itself as its object, so a count between them counts the act (每年进行1次健康体检,
// 进行2轮督导 — 进行 counts as 开展 does, grammar objectVerbs), while a duration there is how long the act runs (开展14天集中隔离医学
// 观察, 进行7天居家健康监测 — a procedure's length, INDICATORS.md; grammar stepLightVerbs). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const items = (t: string) => indicators(t).map((i) => `${i.metric} ${i.value}${i.unit}`);

describe('counts and durations after a light verb', () => {
  it('should support a count of services after 进行 as an item, as after 开展 or 提供', () => {
    expect(items('每年为辖区内65岁及以上老年人进行1次免费健康体检。')).toEqual(['免费健康体检 1次']);
    expect(items('每年对纳入管理的高血压患者进行4次面对面随访。')).toEqual(['面对面随访 4次']);
  });
  it('should support a count of rounds after 进行', () => {
    expect(items('全年对各乡镇卫生院进行2轮专项督导。')).toEqual(['专项督导 2轮']);
  });
  it('should support a duration after a light verb, before the act, as no item', () => {
    expect(items('对密切接触者开展14天集中隔离医学观察。')).toEqual([]);
    expect(items('对解除隔离人员进行7天居家健康监测。')).toEqual([]);
  });
  it('should not support a bounded duration after a light verb as a procedure (a standard a plan sets)', () => {
    expect(items('家庭医生团队每周开展不少于2天的巡回诊疗。').map((s) => s.split(' ')[1])).toEqual(['2天']);
  });
  it('should not support a routine of checks after 进行 as an item', () => {
    expect(items('每半年对项目推进情况进行1次检查。')).toEqual([]);
  });
});
