// The deadline that opens a goals section (二、主要目标: 到2030年，…。) governs the goals the section then states as inline items of the
// same paragraph (一是…。二是…。), as it governs numbered goals under it: official writing closes the lead sentence with 。 and
// lets 一是/二是 enumerate what is to be reached by then. Only for those items. Elsewhere too (a task section), as the same sentences
// unmarked are governed there (see inline-run-deadline.test.ts). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某省康复医疗服务发展实施方案（2026—2030年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]);

describe('indicators: a goals section\'s deadline governs its inline goals', () => {
  it('should support the deadline for every inline goal after the closed lead sentence', async () => {
    const out = await items([
      '二、主要目标',
      '到2029年，全省康复医疗服务体系基本健全。一是服务供给明显增加。每十万人口康复医师数达到8人。二是服务能力不断提升。二级以上综合医院设置康复医学科的比例达到95%以上。',
    ]);
    expect(out).toEqual([
      ['每十万人口康复医师数', 8, 2029],
      ['二级以上综合医院设置康复医学科的比例', 95, 2029],
    ]);
  });

  it('should not support the deadline for a paragraph after the inline goals', async () => {
    const out = await items([
      '二、主要目标',
      '到2029年，全省康复医疗服务体系基本健全。一是服务供给明显增加。康复床位达到1.5万张。二是服务能力不断提升。',
      '全省建成康复医疗中心20家。',
    ]);
    expect(out).toEqual([
      ['康复床位', 1.5, 2029],
      ['康复医疗中心', 20, null],
    ]);
  });

  it('should support the deadline outside a goals section as well, as it governs the same sentences unmarked', async () => {
    const marked = await items([
      '三、重点任务',
      '到2029年，全省康复医疗服务体系基本健全。一是增加服务供给。每十万人口康复医师数达到8人。二是提升服务能力。',
    ]);
    const unmarked = await items([
      '三、重点任务',
      '到2029年，全省康复医疗服务体系基本健全。增加服务供给。每十万人口康复医师数达到8人。提升服务能力。',
    ]);
    expect(marked).toEqual([['每十万人口康复医师数', 8, 2029]]);
    expect(marked).toEqual(unmarked);
  });
});
