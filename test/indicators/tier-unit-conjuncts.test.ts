// Plans count and rate the units of the administrative and community tiers under one qualifier (健康村、健康社区; 卫生乡镇、卫生村;
// 文明村、文明社区): the qualifier and a division noun (grammar divisionNouns) make each conjunct's unit, and what follows the last
// one's division noun is every conjunct's (src/indicators/metric.ts parallelDivisionEnd), not the last characters counted by the
// first conjunct's length. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年爱国卫生工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: tier units under one qualifier share the tail after the last division noun', () => {
  it('should support each tier unit named with the shared tail', async () => {
    expect(await read('全县健康村、健康社区占比分别提高到35%和55%。')).toEqual([
      ['健康村占比', 35, '%'],
      ['健康社区占比', 55, '%'],
    ]);
    expect(await read('卫生乡镇、卫生村创建达标率分别达到70%和45%。')).toEqual([
      ['卫生乡镇创建达标率', 70, '%'],
      ['卫生村创建达标率', 45, '%'],
    ]);
  });

  it('should not support a shared tail where the conjuncts are not one qualifier over two tiers', async () => {
    expect(await read('城市社区、农村社区综合服务设施覆盖率分别达到100%和90%。')).toEqual([
      ['城市社区综合服务设施覆盖率', 100, '%'],
      ['农村社区综合服务设施覆盖率', 90, '%'],
    ]);
    expect(await read('健康村、健康社区分别建成40个和12个。')).toEqual([
      ['健康村', 40, '个'],
      ['健康社区', 12, '个'],
    ]);
  });
});
