// A fee of a public provider that a charge is capped against (收费不高于…公办幼儿园保育教育费的1.5倍) is the base of the bound share, no
// part of the metric, as 工资 and 租金 already are; only after a cap or floor word, since a fee with none before it is the whole a share
// of it is spent from (…服务费的60%用于…). Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const PLAN: PlanYears = { years: [2027, 2029], annual: false };

describe('indicators: a charge capped at a multiple of a public fee (不高于…费的N倍)', () => {
  it('should support a charge capped against the fee of public kindergartens', () => {
    expect(brief(indicators('普惠性托育机构收费标准不高于本市同类公办幼儿园保教费的1.8倍。', PLAN))).toEqual(['普惠性托育机构收费标准|1.8|倍|<=|target|']);
  });

  it('should support a charge held to a share of a named tuition fee', () => {
    expect(brief(indicators('民办托育机构月收费不超过当地公办园学费的2倍。', PLAN)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['2|倍|<=']);
  });

  it('should not support the fee as the base where no bound stands before it', () => {
    expect(brief(indicators('随访服务费的60%以上用于支付基层随访人员劳务。', PLAN)).map((b) => b.split('|')[0])).not.toContain('随访');
  });
});
