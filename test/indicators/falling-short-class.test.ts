// A count of people bounded by a word of falling short before it (少于, 低于, 不足) and closed by 的 before a noun (常住人口少于500人的
// 自然村, 在校学生不足100人的小规模学校) classes that noun, as 超过N人的 does: it picks out the small places a measure applies to, never a
// level to reach. A floor (不少于N人的) stays the size set for what is built. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县乡村医疗卫生服务能力提升实施方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.comparator}`);

describe('indicators: a count of people under a level inside a 的-attribute', () => {
  it('should not support 少于/不足N人的 before the places a measure picks out', async () => {
    expect(await items(['一、重点任务', '常住人口少于500人的自然村，可由相邻村卫生室延伸提供服务。'])).toEqual([]);
    expect(await items(['一、重点任务', '对在校学生不足100人的小规模学校，由乡镇卫生院派人定期开展健康检查。'])).toEqual([]);
  });

  it('should support the targets beside such a class, and a floor before 的', async () => {
    expect(await items(['一、重点任务', '户籍人口低于300人的行政村实行巡回医疗，巡回医疗覆盖率达到100%。'])).toEqual(['巡回医疗覆盖率|100|%|=']);
    const out = await items(['一、能力建设', '每个乡镇组建不少于12人的家庭医生服务团队。']);
    expect(out.map((s) => s.split('|').slice(1).join('|'))).toContain('12|人|>=');
  });
});
