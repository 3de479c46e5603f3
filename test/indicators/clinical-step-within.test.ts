// The time a clinical protocol allows between an event and giving a drug or vaccine (暴露后预防, 乙肝母婴阻断, 狂犬病暴露处置) is
// a step of the procedure, as the time for 送检 or 转运 is, no level a plan sets: 在N小时内 before 服用/服药/用药/给药/注射/接种.
// Also when a bracketed aside stands between the frame and the step, or the frame sits in an aside that closes before the step.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const hours = (t: string) => indicators(t).filter((i) => i.unit === '小时' || i.unit === '分钟' || i.unit === '个工作日');

describe('the time a clinical protocol allows before a drug or vaccine is given', () => {
  it('should support a vaccine given within hours of birth as no item (在出生后N小时内接种)', () => {
    expect(hours('乙肝表面抗原阳性母亲所生新生儿应在12小时内接种首针乙肝疫苗。')).toEqual([]);
  });
  it('should support an injection within hours of a bite as no item (在N小时内注射)', () => {
    expect(hours('对三级暴露的伤者，应在24小时内注射狂犬病被动免疫制剂。')).toEqual([]);
  });
  it('should support a preventive drug taken within hours as no item (在N小时内服用)', () => {
    expect(hours('高风险暴露者须在2小时内服用阻断药物，并按疗程足量服药。')).toEqual([]);
  });
  it('should support a frame in an aside that closes before the step (N小时内（最好在M小时内）服用)', () => {
    expect(hours('发生针刺伤的医务人员要在72小时内（最好在4小时内）服用预防药物。')).toEqual([]);
  });
  it('should support an aside between the frame and a step of work (在N个工作日内（节假日顺延）办结)', () => {
    expect(hours('群众提交的证明材料在5个工作日内（节假日顺延）办结。')).toEqual([]);
  });
  it('should not support a vaccination rate as a procedure (接种率 is a target)', () => {
    expect(indicators('适龄儿童免疫规划疫苗接种率保持在95%以上。').map((i) => i.value)).toEqual([95]);
  });
  it('should not support a time a target verb sets as a procedure (压缩至N小时以内)', () => {
    expect(hours('院前急救平均反应时间压缩至12分钟以内。').map((i) => i.value)).toEqual([12]);
  });
  it('should not support a bracketed target after 在N内 with no step as a procedure', () => {
    expect(hours('急诊患者分诊等候时间在10分钟内（含挂号）。').map((i) => i.value)).toEqual([10]);
  });
});
