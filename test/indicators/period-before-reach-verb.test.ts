// A period a work recurs in (每年, 每月: grammar procedureFrequencies) before the verb that says the work is done or carried out
// (完成, 实施) says how often, as the verb says only that it is done: the work after them names the count (每年完成农村户厕改造
// 1500户 → 农村户厕改造), as it does without the period. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a period before a verb of reaching or carrying out', () => {
  it('should support the work alone as the name after 每年完成 and 每年实施', async () => {
    expect(await read('某县2027—2029年农村人居环境整治方案\n每年完成农村户厕改造1500户，每年实施农村危桥改造12座。')).toEqual([
      ['农村户厕改造', 1500, '户', '='],
      ['农村危桥改造', 12, '座', '='],
    ]);
  });

  it('should support the work alone after 每月完成', async () => {
    expect(await read('某区2027年城市更新工作要点\n每月完成老旧小区改造3个。')).toEqual([['老旧小区改造', 3, '个', '=']]);
  });

  it('should not support a cut where no verb of reaching follows the period', async () => {
    expect(await read('某市2027年养老服务工作要点\n每年培训养老护理员2000人次。')).toEqual([['培训养老护理员', 2000, '人次', '=']]);
  });
});
