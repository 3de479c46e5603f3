// 采购: what a 卫健/应急/教育 plan buys in its year — vehicles, equipment, vaccine doses — is counted after the verb and its object,
// the object alone named, as after 购置 (grammar objectVerbs). Inside a name (集中带量采购品种, 政府采购金额) the word stays, and
// before a word of a sum (采购总额) it names the total a share is taken of (predicate.ts shareBaseStart).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: purchases counted after 采购', () => {
  it('should support vehicles, equipment and doses bought, named by the object', async () => {
    expect(await read('年内采购负压救护车4辆、车载除颤仪10台。')).toEqual([
      ['负压救护车', 4, '辆'],
      ['车载除颤仪', 10, '台'],
    ]);
    expect(await read('全年统一采购流感疫苗8万剂次。')).toEqual([['流感疫苗', 8, '万剂次']]);
  });

  it('should not support cutting 采购 out of a name that holds it', async () => {
    expect(await read('药品耗材集中带量采购品种累计达到450个。')).toEqual([['药品耗材集中带量采购品种', 450, '个']]);
    expect(await read('政府采购面向中小企业预留份额比例不低于40%。')).toEqual([[expect.stringContaining('预留份额比例'), 40, '%']]);
    // 采购总额 names the total a share is taken of: the bound before it is the share's.
    expect((await read('授予中小企业的合同金额不低于采购总额的35%。')).map((r) => r[1])).toEqual([35]);
  });
});
