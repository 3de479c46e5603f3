// 名 and 人 are both classifiers of persons, and 人次 counts people per time: writers change between them inside one breakdown
// (培训N人次，其中M名; 招聘N名，其中M人), so a part after 其中 in 名 is a part of a total in 人次 or 人 and an item as the total is.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'people.txt' })).indicators.map((i) => [i.value, i.unit]);

const plan = (...lines: string[]) => ['某县人力资源服务中心2027年工作计划', '一、主要任务', ...lines].join('\n');

describe('indicators: a part in 名 of a total in 人次 or 人 (其中)', () => {
  it('should support a part in 名 after a total in 人次 or 人', async () => {
    expect(await items(plan('（一）技能培训。全年培训返乡创业人员900人次，其中电商带头人120名。'))).toEqual([[900, '人次'], [120, '名']]);
    expect(await items(plan('（一）人才招引。全年引进急需紧缺人才260人，其中博士研究生15名。'))).toEqual([[260, '人'], [15, '名']]);
  });

  it('should not support a part in a unit that counts other things, or a 名 with no 其中', async () => {
    expect(await items(plan('（一）技能培训。全年培训返乡创业人员900人次，其中电商带头人120户。'))).toEqual([[900, '人次']]);
    expect(await items(plan('（一）技能培训。全年培训返乡创业人员900人次。'))).toEqual([[900, '人次']]);
  });
});
