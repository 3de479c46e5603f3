// A screening or testing rule times the notice the person must be given after a result (可疑阳性者在3个工作日内通知召回): 通知 is
// a step of the follow-up procedure, as 告知 and 随访 are, so the time it allows is no target. A target verb still sets one, and a
// notice counted in times stays a count. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: the time allowed to notify after a result', () => {
  it('should support 在N…内通知 as a procedural time limit (no item)', () => {
    expect(values('筛查机构对初筛阳性儿童应在5个工作日内通知家长带儿童复查。')).toEqual([]);
    expect(values('检测结果异常者须在15日内通知本人到指定机构复检。')).toEqual([]);
  });

  it('should support a target of the same sentence, which stays', () => {
    expect(values('初筛阳性者在5个工作日内通知复查，复查率达到90%以上。')).toEqual(['90%']);
  });

  it('should not support dropping a notice time set by a target verb', () => {
    expect(values('复查通知时限压缩至3个工作日以内。')).toContain('3个工作日');
  });
});
