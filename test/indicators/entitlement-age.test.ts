// An age that is no limit of a service (gold/INDICATORS.md "Age thresholds"; the set's gold: 满3周岁 beside 产假/育儿假 and the
// eligibility age of a subsidy paid by a standard are entitlements, not items): the moment a full age is reached (满N周岁前/时,
// grammar agePointWords), and the age of who receives a benefit paid by a standard later in the sentence (按每孩每年N元).
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const ages = (text: string): unknown[] => indicators(text, MULTI_YEAR).filter((i) => /岁|龄/u.test(i.unit ?? '')).map((i) => i.value);

describe('an age that is a point of time or the condition of a benefit', () => {
  it('should not support a full age reached as the moment a right ends (满N周岁前/时/之日)', () => {
    expect(ages('孩子满2周岁前，父母双方每年可各享受护理假7天。')).toEqual([]);
    expect(ages('参保职工满60周岁时，可按月领取基本养老金待遇。')).toEqual([]);
    expect(ages('自婴儿满6周岁之日起，停止享受该项补助。')).toEqual([]);
  });
  it('should not support the age of who receives a benefit paid by a standard after a comma (按每孩每年N元, 按每人每月N元)', () => {
    expect(ages('对户籍在本县的3周岁以下婴幼儿，按每孩每年2400元的标准发放养育补贴。')).toEqual([]);
    expect(ages('对全区90周岁以上老年人，按每人每月200元发放长寿补贴。')).toEqual([]);
  });
  it('should support an age that limits a service, also with 满 and a later amount that is no standard', () => {
    expect(ages('为年满65周岁的老年人免费开展健康体检。')).toEqual([65]);
    expect(ages('为3周岁以下婴幼儿免费提供眼保健服务，全年投入资金200万元。')).toEqual([3]);
    expect(ages('为农村35—64岁妇女免费开展宫颈癌筛查。')).toEqual([[35, 64]]);
  });
});
