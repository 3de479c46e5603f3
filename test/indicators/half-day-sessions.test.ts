// Half-days (个半天) are the unit in which health plans set the sessions a doctor gives: an expert's clinic at a 卫生院 or a
// 继承人's time beside the teacher (每周坐诊不少于1个半天, 每周跟师不少于2个半天). With a bound it is a target; the 个 is no count
// of its own and the 半天 no noun counted. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县基层卫生服务能力提升实施方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit, i.comparator]);

describe('indicators: half-day sessions', () => {
  it('should support half-days with a bound as one measure', async () => {
    expect(await items('下沉专家每周到乡镇卫生院坐诊不少于1个半天。')).toEqual([[1, '个半天', '>=']]);
    expect(await items('学术继承人跟师门诊每周不少于3个半天，做好跟师笔记。')).toEqual([[3, '个半天', '>=']]);
  });

  it('should not support one and a half of another unit as half-days', async () => {
    expect(await items('候诊时间控制在1个半小时以内。')).not.toContainEqual([1, '个半天', '<=']);
  });
});
