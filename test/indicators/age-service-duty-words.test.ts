// A duty word that orders a service to an age group (一律, 必须, 及时: grammar conditionDuties) is how a rule says the service
// is owed, across the board or at once; it names no part of the service, so the age limit's name leaves it out as it leaves
// out the light verb. 及时 opens with the joiner 及 and must not be read as a list of further groups. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const names = (t: string) => indicators(t, ANNUAL_2024).map((i) => `${i.metric}|${i.value}`);

describe('duty words before the service of an age limit', () => {
  it('should support 必须 before the service as no part of its name', () => {
    expect(names('各卫生院对70岁以上老年人必须提供免费体检。')).toEqual(['老年人免费体检年龄|70']);
  });
  it('should support 及时 before the service as a duty, not the joiner 及', () => {
    expect(names('为65岁以上老年人及时接种肺炎疫苗。')).toEqual(['老年人接种肺炎疫苗年龄|65']);
  });
  it('should support 一律 before the service as no part of its name', () => {
    expect(names('各社区对60岁以上居民一律开展免费体检。')).toEqual(['居民免费体检年龄|60']);
  });
  it('should not support dropping a service word that only starts like a duty word (免费 stays)', () => {
    expect(names('为60岁以上老年人免费接种流感疫苗。')).toEqual(['老年人免费接种流感疫苗年龄|60']);
  });
  it('should not support dropping the joiner of a real list of groups (及 before other people)', () => {
    expect(names('为0—6岁儿童及孕产妇提供健康管理服务。')).toEqual(['儿童健康管理服务年龄|0,6']);
  });
});
