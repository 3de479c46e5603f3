// The days of need a reserve covers size the reserve also with no bound word (储备满足全县15天应急处置需要): a time between a verb
// of covering and a noun of need is no span of a procedure (reading.ts reserveTime; grammar needCoverVerbs, needNouns), and a
// holder described by 辖区 is no stock. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生应急工作要点\n一、物资保障\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: the days of need a reserve covers, with no bound word', () => {
  it('should support a scope between the verb and the days', async () => {
    expect(await read('县级医疗救治物资储备满足全县20天救治需求。')).toEqual([['县级医疗救治物资储备满足全县救治需求天数', 20, '天', '=']]);
  });

  it('should support a holder whose scope is 辖区', async () => {
    expect(await read('各社区卫生服务中心储备满足本辖区5天防控需要。')).toEqual([['各社区卫生服务中心储备满足本辖区防控需要天数', 5, '天', '=']]);
  });

  it('should not support days with no noun of need after them', async () => {
    expect(await read('药品储备满足需求，密切接触者居家观察7天。')).toEqual([]);
  });

  it('should not support days with no verb of covering before them', async () => {
    expect(await read('应急队员每年集中轮训5天，提高处置需要的技能。')).toEqual([]);
  });
});
