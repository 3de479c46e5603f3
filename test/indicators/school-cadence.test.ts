// 每学期 and 每学年, the school's terms and years, are cadences as 每季度 and 每年 are (grammar adverbs): between what is done and its
// bounded count they are no part of the name, and a clause of only the cadence and the count is the clause before's. Without a
// bound word a count per term stays a routine's schedule. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年学校卫生工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: the school term and year as cadences', () => {
  it('should support a clause of only the cadence and a bounded count, named by the clause before', async () => {
    expect(await read('开展中小学生心理健康教育，每学期不少于2课时。')).toEqual([['开展中小学生心理健康教育', 2, '课时', '>=']]);
    expect(await read('组织校园消防疏散演练，每学年不少于2次。')).toEqual([['组织校园消防疏散演练', 2, '次', '>=']]);
  });

  it('should support the cadence between the name and its bound', async () => {
    expect(await read('学校食堂食品安全自查每学期至少3次。')).toEqual([['学校食堂食品安全自查', 3, '次', '>=']]);
  });

  it('should not support a count per term with no bound word (a routine)', async () => {
    expect(await read('各中小学每学期开展1次学生视力监测。')).toEqual([]);
  });
});
