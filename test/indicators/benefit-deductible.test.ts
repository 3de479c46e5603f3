// The deductible of a benefit scheme (起付线, 起付标准: what the insured pays before the scheme pays, set by hospital level or by year) is
// a standard of the scheme, as its cap (限额, 封顶线) is: stated with a copula, or listed over hospital levels with 分别为, it is no item.
// A deductible the plan lowers stays one, and so does a rate paid above it (起付线以上…支付比例不低于60%). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某市2027年医疗保障工作要点', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: the deductible of a benefit scheme (起付线, 起付标准)', () => {
  it('should support a deductible stated with a copula or over levels as no item', async () => {
    expect(await items('一级、二级、三级定点医院住院起付线分别为300元、600元、1000元，按市医保局有关文件执行。')).toEqual([]);
    expect(await items('城乡居民大病保险起付标准为1.6万元。')).toEqual([]);
    expect(await items('职工医保门诊统筹起付线为每年800元。')).toEqual([]);
  });

  it('should not support a lowered deductible, or a rate paid above it, as no item', async () => {
    expect(await items('大病保险起付线由1.8万元降低到1.5万元。')).toEqual([[1.8, '万元'], [1.5, '万元']]);
    expect(await items('大病保险起付线以上政策范围内费用支付比例不低于60%。')).toEqual([[60, '%']]);
  });
});
