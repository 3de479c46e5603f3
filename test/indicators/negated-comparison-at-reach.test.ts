// A negated word of comparison (不低于, 不高于) before a reference and a value is read whole, also when the reference is long
// enough (eight characters) that the 不 stands just beyond the reach searched for the word: read without it, 低于 reverses the bound and the 不
// is left at the end of the name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某市2027年医疗保障工作要点', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator]);

describe('indicators: a negated comparison word at the edge of the reach', () => {
  it('should support 不低于 with a long reference as a lower bound', async () => {
    const got = await items('医保部门向配送企业预付不低于年度集中采购金额25%的周转资金。');
    expect(got.map(([, v, c]) => [v, c])).toEqual([[25, '>=']]);
    expect(String(got[0]?.[0]).endsWith('不')).toBe(false);
  });

  it('should support 不高于 with a long reference as an upper bound', async () => {
    const got = await items('县域内普惠型小微企业贷款不良率不高于各项贷款的不良率3个百分点。');
    expect(got.map(([, v, c]) => [v, c])).toEqual([[3, '<=']]);
  });

  it('should not support a plain 低于 before a short reference as a lower bound', async () => {
    const got = await items('全县农村居民收入增速低于城镇居民1个百分点。');
    expect(got.map(([, v, c]) => [v, c])).not.toContainEqual([1, '>=']);
  });
});
