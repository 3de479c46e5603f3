// The time the handling rules of 危重孕产妇/新生儿救治, 胸痛/卒中中心 and 分级诊疗 allow for a referral (转诊) or a joint consultation
// (会诊) is a step of the clinical procedure, as the time for 转运 is, no level a plan sets: 在N小时内 before 转诊/会诊, also after
// the light verb 组织. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const times = (t: string) => indicators(t).filter((i) => i.unit === '小时' || i.unit === '分钟');

describe('the time a clinical rule allows for a referral or a consultation', () => {
  it('should support a referral within hours as no item (在N小时内转诊)', () => {
    expect(times('筛查发现的紫色风险孕妇，接诊医院应在4小时内转诊至定点医院。')).toEqual([]);
  });
  it('should support a referral a body arranges as no item (在N小时内组织转诊)', () => {
    expect(times('对病情危重的新生儿，由片区救治中心在1小时内组织转诊。')).toEqual([]);
  });
  it('should support a consultation within minutes as no item (N分钟内会诊)', () => {
    expect(times('急诊科接到卒中预警后，神经内科医师须在15分钟内会诊。')).toEqual([]);
  });
  it('should not support a referral rate as a procedure (上转率 is a target)', () => {
    expect(indicators('县域内危重孕产妇及时转诊率达到95%以上。').map((i) => i.value)).toEqual([95]);
  });
  it('should not support a time a target verb sets as a procedure (缩短至N分钟以内)', () => {
    expect(times('胸痛患者从入院到转诊的平均时间缩短至60分钟以内。').map((i) => i.value)).toEqual([60]);
  });
});
