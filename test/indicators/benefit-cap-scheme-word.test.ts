// A word of aid or subsidy right before a benefit cap's word (救助限额, 补助限额) is the scheme the cap belongs to, not a verb with
// an object: the cap set by 按…执行 is a standard, as 救助限额为6万元 is. Sentences written for these tests.
import { describe, expect, it } from 'vitest';

const items = async (text: string): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(['某县2027年医疗保障工作要点', '一、重点任务', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}`);
};

describe('indicators: an aid word before a benefit cap names the cap', () => {
  it('should support a cap applied by 按…执行 as a standard, no item', async () => {
    expect(await items('（一）做好医疗救助。低保对象年度救助限额按5万元执行。')).toEqual([]);
    expect(await items('（二）落实护理补贴。失能人员护理补助限额按每人每年3600元执行。')).toEqual([]);
  });

  it('should not support dropping a cap the plan raises, an aid count, or the 限额以上 class', async () => {
    expect(await items('（三）提高救助水平。年度救助限额提高到7万元。')).toEqual(['年度救助限额|7|万元']);
    expect(await items('（四）强化救助。全年救助困难群众1.8万人次。')).toEqual(['救助困难群众|1.8|万人次']);
    expect(await items('（五）培育市场主体。新增限额以上商贸企业35家。')).toEqual(['限额以上商贸企业|35|家']);
  });
});
