// A label of numbers joined by + (“1+1+1”, 1+1+N, 3+X) names a model of service by the number of each of its parts; a bracket right
// after it, or after the noun the label qualifies, spells those parts out (1家县级医院、1家乡镇卫生院、1个家庭医生团队): counts that
// describe the model, no targets (INDICATORS.md: counts that only describe). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value]);

describe('indicators: the bracket that spells out a plus-label', () => {
  it('should support leaving out the parts of a quoted label', async () => {
    expect(await read('全面推行“1+1+1”签约模式（1名县级专家、1名乡镇医生、1名村医），签约居民满意度达到90%以上。')).toEqual([['签约居民满意度', 90]]);
  });

  it('should support leaving out the parts of a label with N', async () => {
    expect(await read('组建“2+1+N”巡回医疗队（2名主治医师、1名护士和N名志愿者）。')).toEqual([]);
  });

  it('should not support leaving out a bracket that follows no plus-label', async () => {
    expect(await read('新建医共体分中心3个（其中中医分中心1个）。')).toEqual([
      ['医共体分中心', 3],
      ['中医分中心', 1],
    ]);
  });
});
