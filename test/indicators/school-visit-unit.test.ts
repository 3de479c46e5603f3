// 校次: schools visited, counted per visit (开展技术指导不少于60校次), the count 教育督导 and 学校卫生 plans give to visits, as
// 家次 counts institutions. Sentences written for these tests.
import { describe, expect, it } from 'vitest';

const items = async (text: string): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(['某市2027年学校卫生工作方案', '一、重点任务', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.unit}|${i.comparator}`);
};

describe('indicators: 校次 counts school visits', () => {
  it('should support a count of school visits with a bound word', async () => {
    expect(await items('（一）加强指导。全年深入学校开展视力防控技术指导不少于80校次。')).toEqual(['80|校次|>=']);
    expect(await items('（二）强化督导。全年开展学校卫生专项督导检查150校次以上。')).toEqual(['150|校次|>=']);
  });

  it('should not support a count of schools that only describes the scope', async () => {
    expect(await items('（三）摸清底数。全市共有中小学校320所，各校均设立卫生室。')).toEqual([]);
  });
});
