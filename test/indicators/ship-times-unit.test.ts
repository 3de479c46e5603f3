// 艘次: ships inspected, escorted or passed per time, the count of 海事 and 港航 work (船舶安全检查…艘次, 护航…艘次), read before
// 艘 as 人次 before 人 and 头次 before 头, so the 次 is neither dropped from the unit nor read as a metric of its own. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'ships.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某县港航事务中心2027年工作计划', '一、主要任务', ...lines].join('\n');

describe('indicators: the unit 艘次', () => {
  it('should support ships inspected in 艘次 with a bound word', async () => {
    expect(await items(plan('全年开展船舶现场安全检查不少于1500艘次。'))).toEqual([['船舶现场安全检查', 1500, '艘次', '>=']]);
  });

  it('should support ships escorted in 万艘次 with a target verb', async () => {
    expect(await items(plan('船闸通航船舶达到2.4万艘次。'))).toEqual([['船闸通航船舶', 2.4, '万艘次', '=']]);
  });

  it('should not support boats counted in 艘 as 艘次', async () => {
    const got = await items(plan('年内更新改造老旧渔船40艘。'));
    expect(got.map((i) => i[2])).toEqual(['艘']);
  });
});
