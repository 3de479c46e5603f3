// 为 + a count of people + a service verb carrying the aspect particle 了 (为1.2万名儿童提供了免费口腔检查, in a review of work done):
// the particle belongs to the verb, which the name drops (grammars/indicators.yaml aspectParticles). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某区2027年卫生健康工作计划\n一、工作回顾\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: an aspect particle after a service verb', () => {
  it('should support dropping 了 with the verb 提供', async () => {
    expect(await read('2026年，为1.2万名儿童提供了免费口腔检查。')).toEqual([['儿童免费口腔检查', 1.2, '万名']]);
  });

  it('should support dropping 了 with the verb 开展', async () => {
    expect(await read('2026年，为860名独居老人开展了上门巡访服务。')).toEqual([['独居老人上门巡访服务', 860, '名']]);
  });

  it('should not support changing a name whose verb carries no particle', async () => {
    expect(await read('2026年，为1.2万名儿童提供免费口腔检查。')).toEqual([['儿童免费口腔检查', 1.2, '万名']]);
  });
});
