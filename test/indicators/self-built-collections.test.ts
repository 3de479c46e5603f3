// 自建: the databases, collections and systems a library, archive or data plan builds on its own, counted after the verb and its
// object as 新建 counts them; the noun 自建房 (self-built houses) stays the object of the verb before it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县档案馆2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: self-built collections', () => {
  it('should support a count of databases after 自建 and its object', async () => {
    const out = await items(['一、年度目标', '自建馆藏特色专题数据库2个，完成档案数字化200万页。']);
    expect(out.filter((i) => i[2] === '个').map((i) => [i[0], i[1], i[3], i[4], i[5]])).toEqual([['馆藏特色专题数据库', 2, '=', 'target', 2027]]);
  });

  it('should support 自建 with a quoted name in the object', async () => {
    const out = await items(['一、年度目标', '全年自建“红色记忆”口述史料库1个。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[1, '个', '=']]);
  });

  it('should not support 自建房 as the verb: the count stays the houses the verb before it acts on', async () => {
    const out = await items(['一、年度目标', '全面排查经营性自建房860栋。']);
    expect(out.map((i) => [String(i[0]).endsWith('经营性自建房'), i[1], i[2]])).toEqual([[true, 860, '栋']]);
  });
});
