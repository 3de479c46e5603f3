// Phrasings of 交通运输, 安全生产 and 医疗保障 plans, written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const REVIEW: PlanYears = { years: [2026, 2030], annual: false, review: true };

describe('indicators: a count of the territory\'s divisions before a distributor (14个市州全部通达高铁)', () => {
  it('should support no item for the size of the set a review\'s predicate is spread over', () => {
    expect(indicators('截至2025年底，全省14个市州全部通达高铁，88个县（市、区）均实现高速公路通达。', REVIEW)).toEqual([]);
  });
  it('should not support dropping a count of divisions that is an amount done (完成12个乡镇…编制)', () => {
    expect(indicators('“十四五”期间，完成12个乡镇国土空间总体规划编制，新增3个县城污水处理厂。', REVIEW).map((i) => i.value)).toEqual([12, 3]);
  });
});

describe('indicators: a list of sectors closed by their class noun (道路运输、建筑施工领域死亡人数)', () => {
  const FIVE: PlanYears = { years: [2026, 2030], annual: false };
  it('should support the class noun and the measure after it as shared by every sector of the list', () => {
    expect(indicators('矿山、危险化学品、烟花爆竹行业较大事故起数分别下降30%、20%和20%。', FIVE).map((i) => i.metric)).toEqual([
      '矿山行业较大事故起数',
      '危险化学品行业较大事故起数',
      '烟花爆竹行业较大事故起数',
    ]);
    expect(indicators('力争交通运输、城镇燃气领域死亡人数分别下降20%和15%。', FIVE).map((i) => i.metric)).toEqual(['交通运输领域死亡人数', '城镇燃气领域死亡人数']);
  });
  it('should not support it for examples closed by 等 before the class (化工、冶金等重点行业: one group, one metric)', () => {
    expect(indicators('化工、冶金等重点行业企业安全生产标准化达标率达到100%。', FIVE).map((i) => i.metric)).toEqual(['化工、冶金等重点行业企业安全生产标准化达标率']);
  });
});
