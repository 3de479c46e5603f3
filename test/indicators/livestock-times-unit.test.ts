// 头次: livestock examined or treated per time, the unit of 血防 and 动物防疫 work (家畜查病…万头次), read before 头 as 户次
// before 户 and 人次 before 人, so the 次 is not dropped from the unit. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'livestock.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某县血吸虫病防治2027年工作计划', '一、主要任务', ...lines].join('\n');

describe('indicators: the unit 头次', () => {
  it('should support cattle examined in 万头次 with a bound word', async () => {
    expect(await items(plan('全县完成耕牛查病不少于1.6万头次。'))).toEqual([['耕牛查病', 1.6, '万头次', '>=']]);
  });

  it('should support livestock treated in 头次 without 万', async () => {
    expect(await items(plan('全年开展家畜扩大化疗4500头次以上。'))).toEqual([['家畜扩大化疗', 4500, '头次', '>=']]);
  });

  it('should not support a herd counted in 头 as 头次', async () => {
    const got = await items(plan('全年生猪出栏达到32万头。'));
    expect(got.map((i) => i[2])).toEqual(['万头']);
  });
});
