// Phrasings of 林业 (国土绿化), 全民健身 and 食品安全 plans, written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const names = (text: string, plan: PlanYears = ANNUAL_2026) => brief(indicators(text, plan)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: a total after a subject measured by 量 (…量…，总量…)', () => {
  it('should support the 量 written once in the total\'s name (抽检量 … 总量 → 抽检总量)', () => {
    expect(names('全市食品安全抽检量达到每千人4.8批次，总量不少于16000批次。')).toEqual(['食品安全抽检量|4.8|批次', '食品安全抽检总量|16000|批次']);
    expect(names('全县农业用水量控制在2.1亿立方米以内，总量较上年下降2%。')).toEqual(['农业用水量|2.1|亿立方米', '农业用水总量|2|%']);
  });
  it('should not support dropping the 量 of a two-character amount word (产量) or of a subject not measured by 量', () => {
    expect(names('全县粮食产量稳定在30万吨以上，总量较上年增加1.5万吨。').map((n) => n.split('|')[0])).not.toContain('粮食产总量');
    expect(names('新增市场主体1.8万户，总量达到12万户。')[1]).toBe('市场主体总量|12|万户');
  });
});
