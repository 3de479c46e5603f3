// The rooms and units of a hospital or a 疾控中心 (实验室, 病房, 药房, 血库, 诊室) end the noun counted after a unit, also
// after the head of the institution they belong to: health plans count such rooms (建成1个疾控中心实验室), and the noun is not
// cut at 中心 or 医院 before them (grammar objectHeads). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年卫生健康工作要点\n一、主要任务\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: rooms of an institution counted after a unit', () => {
  it('should support a room after the head of its institution', async () => {
    expect(await read('每个县至少建成1个县级疾控中心标准化实验室。')).toEqual([['县级疾控中心标准化实验室', 1, '个']]);
    expect(await read('全市新建4个区域中心药房。')).toEqual([['区域中心药房', 4, '个']]);
    expect(await read('支持3家县级医院新设儿科病房，新建2个乡镇卫生院中医诊室。')).toEqual([
      [expect.any(String), 3, '家'],
      ['乡镇卫生院中医诊室', 2, '个'],
    ]);
  });

  it('should not support a room word that does not end the noun', async () => {
    // The noun still ends at the institution when a predicate follows it.
    expect(await read('推动5家县级医院提标扩能。')).toEqual([[expect.stringContaining('县级医院'), 5, '家']]);
  });
});
