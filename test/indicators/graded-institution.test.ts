// Hospitals and health centres are graded 一级/二级/三级 (等级评审): a grade right after such an institution and its verb
// (精神专科医院达到三级标准, 县妇幼保健院按二级标准建设) is the institution's class, a name as 三级医院 is, while the grade of a
// quality standard (出水达到一级A排放标准, 空气质量达到国家二级标准) stays a value. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市精神卫生工作方案（2026—2030年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: the grade of a graded institution is no value', () => {
  it('should support only the count of a floor whose institution reaches a grade', async () => {
    const out = await items(['一、重点任务', '每个县至少有1所精神专科医院达到二级标准。']);
    expect(out).toEqual([['精神专科医院', 1, '所', '>=']]);
  });

  it('should support no item for a health centre built to a grade or a hospital graded 三级', async () => {
    const out = await items(['一、重点任务', '县妇幼保健院按二级标准建设，市精神卫生中心达到三级标准。']);
    expect(out).toEqual([]);
  });

  it('should not support dropping the grade of a quality standard reached by a process or a medium', async () => {
    const out = await items(['一、重点任务', '医疗废水处理设施出水达到一级A排放标准，城区空气质量达到国家二级标准。']);
    expect(out.map((o) => [o[1], o[2]])).toEqual([
      [1, '级'],
      [2, '级'],
    ]);
  });
});
