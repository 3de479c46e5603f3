// The sentence reader skips the block classes whose numbers set no targets (src/blocks/).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const plan = [
  '某县2025年家庭医生签约服务工作方案',
  '一、工作目标',
  '到2025年底，全县重点人群家庭医生签约服务覆盖率达到75%以上。',
  '二、保障措施',
  '各乡镇卫生院要加强组织领导，确保各项任务落实到位。',
  '附件：1. 家庭医生签约服务满意度调查表',
  '      2. 签约服务工作进度统计表',
];

describe('indicators: regions that set no targets', () => {
  it('should not support answer options of an attached questionnaire as indicators', async () => {
    const text = [
      ...plan,
      '附件1',
      '家庭医生签约服务满意度调查表',
      '1. 您从家到签约医生所在机构需要多长时间？',
      '①15分钟以内 ②15分钟至30分钟 ③30分钟以上',
      '2. 您对签约服务总体满意吗？',
      '①满意 ②基本满意 ③不满意',
    ].join('\n');
    const result = await extract(text, { path: 'plan.txt' });
    expect(result.indicators.map((i) => `${i.metric}|${i.value}|${i.unit}`)).toEqual(['重点人群家庭医生签约服务覆盖率|75|%']);
  });

  it('should support a target in the body before the attachments', async () => {
    const result = await extract(plan.join('\n'), { path: 'plan.txt' });
    expect(result.indicators).toHaveLength(1);
    expect(result.indicators[0]?.comparator).toBe('>=');
  });
});
