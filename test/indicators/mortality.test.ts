// Death rates given per mille or per 100 000 (src/indicators/mortality.ts, grammar mortality and percentMortality): a level of one
// in % is reported as indicator/implausible-unit; a change in %, and a death rate given in %, are not.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { isPerMilleRate } from '../../src/indicators/mortality.js';
import { grammars } from '../grammar-helpers.js';

const slips = async (text: string): Promise<string[]> =>
  (await extract(text)).diagnostics.filter((d) => d.rule === 'indicator/implausible-unit').map((d) => d.message.split(' ')[0] as string);

describe('isPerMilleRate', () => {
  it('should support the death rates of children and mothers', () => {
    expect(isPerMilleRate('婴儿死亡率', grammars().indicators)).toBe(true);
    expect(isPerMilleRate('5岁以下儿童死亡率', grammars().indicators)).toBe(true);
  });
  it('should not support death rates given in %, nor other rates', () => {
    expect(isPerMilleRate('重大慢性病过早死亡率', grammars().indicators)).toBe(false);
    expect(isPerMilleRate('住院患者死亡率', grammars().indicators)).toBe(false);
    expect(isPerMilleRate('孕产妇系统管理率', grammars().indicators)).toBe(false);
  });
});

describe('indicator/implausible-unit for a death rate in %', () => {
  it('should support a level of a per-mille death rate written in %', async () => {
    expect(await slips('到2027年，全县新生儿死亡率控制在2.5%以内。\n')).toEqual(['新生儿死亡率']);
  });
  it('should not support a change in %, nor the premature death rate of chronic diseases', async () => {
    expect(await slips('到2030年，儿童溺水死亡率以2025年为基数下降15%。\n')).toEqual([]);
    expect(await slips('到2030年，重大慢性病过早死亡率降至12.8%以下。\n')).toEqual([]);
  });
});
