// Institutions or people listed before 中 ("among") are the pool one share is taken in (the part of the pool that is or does
// something), as health and 老龄 plans set 老年友善医疗机构占比 over several kinds of institution: one item, not one per kind.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const metrics = (t: string) => indicators(t).map((i) => `${i.metric}|${i.value}`);

describe('a list of institutions or people before 中 is the pool of one share', () => {
  it('should support institutions listed before 中 as one share (A、B和C中X占比)', () => {
    expect(metrics('全区一级以上医院、妇幼保健机构和社区卫生服务中心中无烟医疗机构占比达到100%。')).toHaveLength(1);
  });
  it('should support people listed before 中 as one share (A和B中X占比)', () => {
    expect(metrics('辖区高血压患者和糖尿病患者中规范管理人数占比不低于65%。')).toHaveLength(1);
  });
  it('should not support groups with rates of their own as a pool (A和B签约率)', () => {
    expect(metrics('全人群和重点人群签约率分别达到40%和75%。')).toHaveLength(2);
  });
  it('should not support 中 as the first character of a word as among (中心, 中医)', () => {
    expect(metrics('县级医院和乡镇卫生院中医药服务覆盖率均达到100%。')).toHaveLength(2);
  });
});
