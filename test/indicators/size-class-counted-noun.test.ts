// A count past a word of exceeding or falling short (不足, 超过, 少于) that runs through the noun it counts into 的 and another noun
// (不足600名学生的学校, 超过3家分院的医疗集团) is the size that classes that noun by what it already is, as school health and hospital
// plans pick out small schools or large groups for a measure: a condition, not a level to reach. 服务人口少于800人的行政村 is the same
// with its count written after the noun. A floor (不少于) or a target word after the 的 still sets one. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某县卫生健康局2027年工作要点', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.value}|${i.unit}|${i.comparator}`);

describe('indicators: a size past 不足/超过 that classes the noun after its counted noun', () => {
  it('should not support the size that picks out a class of institutions', async () => {
    expect(await items(['一、重点工作', '对在校生不足300名学生的村小实行巡回保健，全县学生体检率达到98%以上。'])).toEqual(['98|%|>=']);
    expect(await items(['一、重点工作', '超过5家成员单位的医共体实行统一财务管理。'])).toEqual([]);
  });

  it('should support a floor on the counted noun and a count set by a verb', async () => {
    expect(await items(['一、重点工作', '组建不少于20名队员的卫生应急队伍。'])).toEqual(['20|名|>=']);
    expect(await items(['一、重点工作', '全年培训乡村医生不少于300名。'])).toEqual(['300|名|>=']);
  });
});
