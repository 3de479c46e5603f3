// The sample an assessment's check draws from each body it checks (每单位随机抽取病历20份, 每院抽查签约居民30人): after 每 and a
// verb of sampling (grammar sampleVerbs) a bare count is a step of the procedure, not a level to reach. A count of checks or
// samples a plan bounds, or one with no 每 before the sampling verb, stays an item. Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the sample of an assessment check', () => {
  it('should not support the sample drawn from each body checked', () => {
    expect(names('考核时每所卫生院随机抽取门诊处方40张进行点评。')).toEqual([]);
    expect(names('每个社区抽查签约居民25人开展电话回访。')).toEqual([]);
  });

  it('should support a bounded sample and a count of checks a plan sets', () => {
    expect(names('每季度抽查运行病历不少于30份。')).toEqual(['运行病历|30|份']);
    expect(names('全年抽检食品样品1200批次。')).toEqual(['食品样品|1200|批次']);
  });
});
