// 座次: bridges, tunnels and dams inspected or assessed counted per inspection, the count of 公路/桥梁/水利 养护 plans (桥梁定期检查
// N座次): read before 座 as 辆次 before 辆, so the 次 is not left over and the count keeps its unit. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'roads.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某市公路管理局2027年工作要点', '一、主要任务', ...lines].join('\n');

describe('indicators: the unit 座次', () => {
  it('should support bridges inspected counted in 座次', async () => {
    expect((await items(plan('（一）强化桥梁养护。全年开展桥梁经常性检查2400座次。'))).map((i) => i.slice(1))).toEqual([[2400, '座次', '=']]);
    expect((await items(plan('（一）加强隧道管理。完成隧道技术状况评定不少于60座次。'))).map((i) => i.slice(1))).toEqual([[60, '座次', '>=']]);
  });

  it('should not support 座 alone, or a part in 座 after 其中, as 座次', async () => {
    expect((await items(plan('（一）推进危桥改造。完成危桥改造18座。'))).map((i) => i.slice(1))).toEqual([[18, '座', '=']]);
    const got = await items(plan('（一）强化桥梁养护。全年开展桥梁定期检查800座次，其中特大桥检查36座。'));
    expect(got.map((i) => i[2])).toEqual(['座次', '座']);
  });
});
