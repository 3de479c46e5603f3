// The condition of a reward or a sanction written with a verb of reaching in place of a bound (对累计献血达到20次的献血者给予表彰):
// after 对 or 凡, a level reached and closed by 的 before who qualifies says to whom the measure applies, as a bounded one does
// (对…达到90%以上的单位给予奖励); it is no level the plan sets. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const values = (t: string) => indicators(t).map((i) => `${i.value}${i.unit}`);

describe('a level reached as the condition of a measure', () => {
  it('should support a count reached before the 的 of who is rewarded as no item', () => {
    expect(values('对累计无偿献血达到30次的献血者给予表彰。')).toEqual([]);
    expect(values('对年签约服务量达到3000人的家庭医生团队给予绩效奖励。')).toEqual([]);
  });
  it('should support a rate reached before the 的 of who is named as no item', () => {
    expect(values('凡规范管理率达到75%的乡镇卫生院，予以通报表扬。')).toEqual([]);
    expect(values('对高血压规范管理率达到80%的村卫生室予以通报表扬。')).toEqual([]);
  });
  it('should not support a level reached before a target word as a condition', () => {
    expect(values('确保实现老年人健康管理率达到72%的目标。')).toEqual(['72%']);
  });
  it('should not support a level reached with no opener of a condition as one', () => {
    expect(values('全县开展家庭医生签约服务的村卫生室达到120家。')).toEqual(['120家']);
  });
});
