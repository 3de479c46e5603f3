// The name of an age limit (src/indicators/age-limit.ts): the people an age bounds and the service it limits, then 年龄 or
// 月龄, as gold/INDICATORS.md ("Age thresholds") names an eligibility age.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, indicators } from './helpers.js';

const names = (text: string, plan = ANNUAL_2024): string[] => indicators(text, plan).map((i) => i.metric);

describe('the name of an age limit', () => {
  it('should support the people and the service after the age, with 年龄', () => {
    expect(names('为辖区75岁以上老年人提供上门巡诊服务。')).toEqual(['老年人上门巡诊服务年龄']);
    expect(names('对全镇40—69岁常住居民开展慢阻肺筛查。')).toEqual(['常住居民慢阻肺筛查年龄']);
  });
  it('should support 月龄 for an age in months', () => {
    expect(names('为全区3—36月龄婴幼儿免费发放辅食营养补充品。')).toEqual(['婴幼儿免费发放辅食营养补充品月龄']);
  });
  it('should support 免费 kept before the service and the light verb after it left out (开展, 提供, 实施, 做)', () => {
    expect(names('为60岁以上农村老年人免费开展眼底病筛查。')).toEqual(['农村老年人免费眼底病筛查年龄']);
    expect(names('为35—64岁妇女免费做乳腺彩超检查。')).toEqual(['妇女免费乳腺彩超检查年龄']);
    expect(names('为0—6岁残疾儿童实施康复救助。')).toEqual(['残疾儿童康复救助年龄']);
  });
  it('should support the group named before the age, the service after its bracket', () => {
    expect(names('为独居老年人（80周岁以上）免费安装烟感报警器。')).toEqual(['独居老年人免费安装烟感报警器年龄']);
  });
  it('should not support the bracket of an age in the name where the group before it is no population word', () => {
    expect(names('为独居老人（80周岁以上）免费安装烟感报警器。').some((n) => n.includes('（'))).toBe(false);
  });
  it('should support the words before the age that name who admits the people (托班招收)', () => {
    expect(names('托育机构招收3岁以下婴幼儿。', MULTI_YEAR)).toEqual(['托育机构招收婴幼儿年龄']);
    expect(names('鼓励有条件的幼儿园招收2—3岁幼儿。', MULTI_YEAR)).toEqual(['幼儿园招收幼儿年龄']);
  });
  it('should not support the other groups of a list, nor the list between the people and the service, in the name', () => {
    expect(names('为孕产妇、0—3岁婴幼儿以及高血压患者提供健康管理服务。')).toEqual(['婴幼儿健康管理服务年龄']);
  });
  it("should not support the age's own noun (预产期年龄) nor a word of reaching it (年满, 未满) before the age in the name", () => {
    expect(names('对预产期年龄35周岁及以上的孕妇提供产前诊断咨询。')).toEqual(['孕妇产前诊断咨询年龄']);
    expect(names('为年满65周岁的低保老年人免费开展健康评估。')).toEqual(['低保老年人免费健康评估年龄']);
    expect(names('为未满3周岁的婴幼儿免费开展视力筛查。')).toEqual(['婴幼儿免费视力筛查年龄']);
  });
  it('should not support a number after the service as part of it', () => {
    expect(names('为13—14岁女生免费接种2价HPV疫苗。')).toEqual(['女生免费接种年龄']);
  });
});
