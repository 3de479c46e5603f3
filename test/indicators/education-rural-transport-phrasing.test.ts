// How targets of 教育, 乡村振兴, 交通运输 and 卫生健康 plans are phrased (shares of a number of people, …); each probed with
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a share of a number of people named between its bound and the number (不低于符合条件人数的15%)', () => {
  it('should support the bound as the share\'s and the people counted as no part of the metric', () => {
    expect(brief(indicators('校长教师交流轮岗比例不低于符合交流条件人数的10%。', ANNUAL_2024))).toEqual(['校长教师交流轮岗比例|10|%|>=|target|2024']);
    expect(brief(indicators('家庭医生签约服务覆盖人数不少于常住人口的40%。', ANNUAL_2024))).toEqual(['家庭医生签约服务覆盖人数|40|%|>=|target|2024']);
  });
  it('should not support a count of people that is the metric itself as a base', () => {
    expect(brief(indicators('培训农村实用人才人数达到3000人。', ANNUAL_2024))).toEqual(['培训农村实用人才人数|3000|人|=|target|2024']);
  });
});
