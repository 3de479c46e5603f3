// A rate broken down by group: an age band alone after 其中 (体检率不低于70%，其中65岁以上不低于75%) is that band's rate of the same
// metric, in place of the whole's band; a tier of institutions written after the rate it parts (设置率二级以上医院达到100%、乡镇卫生院
// 达到90%) is named first, and a tier alone after another tier's rate is its rate of the same metric, as health statistics part
// rates by age and by tier (src/indicators/shapes.ts breakdownName, groupFirst; grammar notAdverbs 以上, joinHeads 老人).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a rate broken down by age band or by tier', () => {
  it('should support an age band alone after 其中, in place of the whole band', async () => {
    expect(await read('60岁以上老年人健康体检率不低于70%，其中65岁以上不低于75%。')).toEqual([
      ['60岁以上老年人健康体检率', 70, '%'],
      ['65岁以上老年人健康体检率', 75, '%'],
    ]);
  });

  it('should support an age band with 及以上 and 的 after a whole with no band', async () => {
    expect(await read('老年人中医药健康管理率达到75%，其中80岁及以上的达到80%。')).toEqual([
      ['老年人中医药健康管理率', 75, '%'],
      ['80岁及以上老年人中医药健康管理率', 80, '%'],
    ]);
  });

  it('should support 老人 as the group of a breakdown', async () => {
    expect((await read('65岁及以上老年人健康管理率达到70%，其中失能老人达到60%。'))[1]?.[0]).toBe('失能老人健康管理率');
  });

  it('should support a tier after its rate and a tier alone after it', async () => {
    expect(await read('传染病网络直报率二级以上医院达到100%、乡镇卫生院达到95%。')).toEqual([
      ['二级以上医院传染病网络直报率', 100, '%'],
      ['乡镇卫生院传染病网络直报率', 95, '%'],
    ]);
    expect((await read('二级及以上公立综合医院设置康复医学科的比例达到90%，乡镇卫生院达到60%。'))[1]?.[0]).toBe('乡镇卫生院设置康复医学科的比例');
  });

  it('should not support a class bound by 以上 as a tier (规模以上 firms)', async () => {
    expect((await read('规模以上工业企业研发机构覆盖率达到50%。'))[0]?.[0]).toBe('规模以上工业企业研发机构覆盖率');
    expect((await read('新增规模以上工业企业达到30家。'))[0]?.[0]).toBe('新增规模以上工业企业');
  });

  it('should not support a tier after a rate of no tier', async () => {
    expect((await read('家庭医生签约服务覆盖率达到75%，村卫生室达到80%。'))[1]?.[0]).toBe('村卫生室');
  });

  it('should not support a count after 其中 as an age band of a rate', async () => {
    expect((await read('老年人健康体检率达到70%，其中65岁以上老年人体检1.2万人。'))[1]?.[0]).not.toContain('体检率');
  });
});
