// Parallel clauses of one sentence name their shared years once: after …2026年、2027年、2028年分别达到92%、94%和96%, a later clause
// 儿童健康管理率分别达到88%、90%、92% pairs its values with the same years, one each. A later list over several metrics (高血压、糖尿病
// …分别达到) pairs its values with the metrics, and a list in the next sentence names its own time. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]);
const plan = (...body: string[]) => ['某县妇幼健康提升行动方案（2026—2028年）', '一、主要目标', ...body].join('\n');

describe('indicators: a later list of the sentence shares the years of an earlier one', () => {
  it('should support the earlier list’s years for a later list after a comma', async () => {
    const out = await items(plan('全县适龄儿童免疫规划疫苗接种率2026年、2027年、2028年分别达到92%、94%和96%，儿童健康管理率分别达到88%、90%、92%。'));
    expect(out.filter((i) => i[0] === '儿童健康管理率')).toEqual([
      ['儿童健康管理率', 88, 2026],
      ['儿童健康管理率', 90, 2027],
      ['儿童健康管理率', 92, 2028],
    ]);
  });

  it('should support it across a semicolon of the same sentence', async () => {
    const out = await items(plan('孕产妇系统管理率2026年、2028年分别达到90%和93%；产前筛查率分别达到80%、85%。'));
    expect(out.filter((i) => i[0] === '产前筛查率')).toEqual([
      ['产前筛查率', 80, 2026],
      ['产前筛查率', 85, 2028],
    ]);
  });

  it('should not support the years for a later list over several metrics', async () => {
    const out = await items(plan('孕产妇系统管理率2026年、2028年分别达到90%和93%，高血压、糖尿病患者规范管理率分别达到65%和60%。'));
    expect(out.filter((i) => String(i[0]).includes('患者')).map((i) => i[2])).toEqual([null, null]);
  });

  it('should not support the years for a list in the next sentence', async () => {
    const out = await items(plan('孕产妇系统管理率2026年、2028年分别达到90%和93%。产前筛查率分别达到80%、85%。'));
    expect(out.filter((i) => i[0] === '产前筛查率').map((i) => i[2])).toEqual([null, null]);
  });
});
