// 推动全县18个乡镇卫生院全部接入…, 全区9家社区卫生服务中心均完成…: a count after the whole territory (全县, 全镇, 辖区) of its
// divisions or of the institution each division has (grammar divisionInstitutions: 卫生院, 卫生室, 社区卫生服务中心), spread over by a
// distributor (全部, 均) after their noun, is the size of the set the predicate applies to, all of the territory's: no level to
// reach (INDICATORS.md: counts that only describe). Invented sentences.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const has = (text: string, value: number, unit: string): boolean => brief(indicators(text, ANNUAL_2024)).some((b) => b.includes(`|${value}|${unit}|`));

describe('indicators: a count of all the territory\'s institutions spread over by a distributor', () => {
  it('should not support the count of a territory\'s village clinics or township health centres before 全部 / 均 as an item', () => {
    expect(has('推动全县26个村卫生室全部纳入医保定点管理。', 26, '个')).toBe(false);
    expect(has('督促全区7家乡镇卫生院均完成发热诊室改造。', 7, '家')).toBe(false);
    expect(has('实现辖区11个社区卫生服务中心全部达到服务能力推荐标准。', 11, '个')).toBe(false);
  });

  it('should support the target that follows in the same sentence, and a count of new institutions', () => {
    expect(has('推动全县26个村卫生室全部纳入医保定点管理，新建标准化村卫生室8个。', 8, '个')).toBe(true);
    expect(has('全县新建村卫生室15个，全部达到标准化建设要求。', 15, '个')).toBe(true);
  });

  it('should not support dropping a count of firms or schools spread over, which a plan sets (not the institution every division has)', () => {
    expect(has('推动全县30家规上工业企业全部完成数字化改造。', 30, '家')).toBe(true);
  });
});
