// 按 + a measure + a verb of approving or paying it (核定, 核拨, 计发 …: grammar payRateVerbs) states the standard a quantity is
// worked out at (每床建筑面积按50平方米核定, 人员编制按每床1.3人核定, 补助按每人每年20元核拨): the basis of a computation, like the rate
// a pay total is allotted at, never a level to reach. A bound (按不低于…核定) or a target verb still sets one. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市康复医疗服务试点工作实施方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.comparator}`);

describe('indicators: a measure 按…核定 is the standard a quantity is worked out at', () => {
  it('should not support a bare measure after 按 that a verb of approving closes', async () => {
    expect(await items(['一、建设标准', '康复病区每床建筑面积按45㎡核定，病区护士按每床0.4人核定。'])).toEqual([]);
    expect(await items(['一、支持政策', '村级康复协理员补助按每人每月300元核拨。'])).toEqual([]);
  });

  it('should support the targets beside it, and a bounded measure', async () => {
    expect(await items(['一、建设标准', '康复病区每床建筑面积按45㎡核定，全市康复床位达到500张以上。'])).toEqual(['康复床位|500|张|>=']);
    const out = await items(['一、建设标准', '康复病区每床使用面积不少于6平方米。']);
    expect(out.map((s) => s.split('|').slice(1).join('|'))).toEqual(['6|平方米|>=']);
  });
});
