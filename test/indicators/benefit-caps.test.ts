// The cap of a benefit scheme (年度救助限额, 年度补助限额, 封顶线) stated with a copula is the scheme's standard, what one person can be
// paid at most, as a reward standard is: no item. A cap the plan raises, or a bound it sets, stays one. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某县2027年医疗保障工作要点', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: caps of a benefit scheme', () => {
  it('should support a cap stated with a copula as no item', async () => {
    expect(await items('对特困供养人员的年度救助限额为5万元。')).toEqual([]);
    expect(await items('孤独症儿童康复训练年度补助限额为1.8万元。')).toEqual([]);
  });

  it('should not support a cap the plan raises as no item', async () => {
    expect(await items('门诊慢特病年度救助限额提高到1万元。')).toEqual([[1, '万元']]);
    expect(await items('重点救助对象年度救助限额由4万元提高到5万元。')).toEqual([[4, '万元'], [5, '万元']]);
  });
});
