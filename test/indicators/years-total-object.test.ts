// A sum over a count of years with only its verb (…，五年累计引进50名; 三年共招聘300名) counts the object the clause before named with
// the same count unit, as a sum word alone does (累计引进50名): plans give a yearly count and then the period's total
// (src/indicators/shapes.ts yearsTotal). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市卫生健康人才发展规划（2026—2030年）\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a sum over a count of years with only its verb', () => {
  it('should support 五年累计 after a yearly count', async () => {
    expect(await read('每年引进急需紧缺专业人才20名，五年累计引进100名。')).toEqual([
      ['急需紧缺专业人才', 20, '名'],
      ['急需紧缺专业人才', 100, '名'],
    ]);
  });

  it('should support 三年共 and digits before 年', async () => {
    expect((await read('每年订单定向培养农村医学生60名，3年共培养180名。'))[1]?.[0]).toBe('农村医学生');
  });

  it('should not support carrying an object counted in another unit', async () => {
    expect((await read('每年引进急需紧缺专业人才20名，五年累计培训3000人次。'))[1]?.[0]).not.toBe('急需紧缺专业人才');
  });
});
