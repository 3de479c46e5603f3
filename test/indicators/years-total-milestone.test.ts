// A sum over a count of years with no verb or noun of its own, after an amount (新增…12个，三年累计不少于30个): a later milestone of
// the count before, as 累计不少于30个 is; the count of years goes with the sum word, as it does after a metric (民生支出五年合计…),
// and names nothing (was «三年»). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator]);

describe('indicators: a sum over a count of years after an amount', () => {
  it('should support a bound after 三年累计', async () => {
    expect(await read('今年新建智慧健康驿站8个，三年累计不少于25个。')).toEqual([
      ['智慧健康驿站', 8, '='],
      ['智慧健康驿站', 25, '>='],
    ]);
  });

  it('should support a verb of reaching after 五年共', async () => {
    expect(await read('全年培养全科医生40名，五年共达到200名。')).toEqual([
      ['全科医生', 40, '='],
      ['全科医生', 200, '='],
    ]);
  });

  it('should not support taking 九年 before no sum word for a count of years', async () => {
    expect((await read('九年义务教育巩固率达到97%。'))[0]?.[0]).toBe('九年义务教育巩固率');
  });
});
