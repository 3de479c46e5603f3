// A share of a resource set aside by a verb before it (预留, 拿出, 安排, 统筹; 将/把 before its use): the hospital's 号源 and 床位 or
// a budget's 资金 allotted to a use, named by the use, or by the verb without one, and the resource (用于基层的资金比例, 预留的
// 门诊号源比例), as 医改 statistics name them (grammar allotVerbs, allotUseLeads). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator]);

describe('indicators: a share of a resource set aside', () => {
  it('should support a verb of setting aside with no use', async () => {
    expect(await read('县人民医院预留不低于25%的专家号源。')).toEqual([['预留的专家号源比例', 25, '>=']]);
  });

  it('should support 将 and the use after the resource', async () => {
    expect(await read('县财政将不少于60%的新增卫生经费用于乡村两级。')).toEqual([['用于乡村两级的新增卫生经费比例', 60, '>=']]);
    expect(await read('各医共体牵头医院拿出15%以上的床位向基层转诊患者开放。')).toEqual([['向基层转诊患者开放的床位比例', 15, '>=']]);
  });

  it('should not support 将 with no use after the resource', async () => {
    expect((await read('全年将30%的资金。')).map((i) => i[0])).not.toContain('将的资金比例');
  });

  it('should not support a count set aside', async () => {
    expect(await read('全年预留门诊号源不少于2000个。')).toEqual([['预留门诊号源', 2000, '>=']]);
  });
});
