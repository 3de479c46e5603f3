// 水平均达到: a metric naming a level (水平) followed by the distributor 均 ("each of them"), not 水 and the adverb 平均 ("on
// average"). Health plans write it of the 电子病历/信息化 levels of a class of hospitals. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某市2027年卫生健康信息化工作要点', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
    i.comparator,
  ]);

describe('indicators: a 水平 before the distributor 均', () => {
  it('should support 水平均 as the level named and the distributor 均', async () => {
    expect(await items('全市三级医院电子病历系统应用水平均达到5级以上。')).toEqual([['三级医院电子病历系统应用水平', 5, '级', '>=']]);
    expect(await items('各县区居民健康素养水平均提高到32%。')).toEqual([['居民健康素养水平', 32, '%', '=']]);
  });

  it('should not support reading 平均 apart where the text writes 水平 and then 平均', async () => {
    expect(await items('城乡居民收入水平平均增长6%。')).toEqual([['城乡居民收入水平', 6, '%', '=']]);
    expect(await items('二级以上公立医院平均住院日均控制在8天以内。')).toEqual([['二级以上公立医院平均住院日', 8, '天', '<=']]);
  });
});
