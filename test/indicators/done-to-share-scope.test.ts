// A share after 对 and a scope word, then 的, the things and the measure done to them (对全县90%以上的养老机构开展医养结合服务):
// the share of what the measure is done to, as with no scope (对不少于10%的社会组织开展抽查审计), not the condition of a support
// policy (对…的单位给予奖励) (src/indicators/reading.ts qualifiesNoun). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、重点任务\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator]);

describe('indicators: a share done to after 对 and a scope word', () => {
  it('should support a scope word between 对 and the share', async () => {
    expect(await read('对全市85%以上的托育机构开展卫生保健指导。')).toEqual([['托育机构卫生保健指导比例', 85, '>=']]);
  });

  it('should support a scope word before a bound written first', async () => {
    expect(await read('每年对全区不少于20%的医疗机构开展双随机抽查。')).toEqual([['医疗机构双随机抽查比例', 20, '>=']]);
  });

  it('should not support the condition of a reward as a share done to', async () => {
    expect(await read('对全县考核合格率达到95%以上的单位给予通报表扬。')).toEqual([]);
  });
});
