// 组织 is a verb (组织2次演练, 组织志愿者300名) but also the head of nouns: 党组织, 团组织, 社会组织, 集体经济组织 are bodies, not
// acts of organising. A count right after such a noun names how many bodies there are; with a stock word (现有, 共有) and no
// target verb it describes the stock and sets nothing to reach (INDICATORS.md), as 现有医疗卫生机构31个 does
// (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join(''));

describe('indicators: 党组织, 社会组织 … are nouns, not the verb 组织', () => {
  it('should not support a stock of party organisations and members', () => {
    expect(values('全区现有基层党组织86个、党员2150名，其中在职党员1320名。')).toEqual([]);
  });

  it('should not support a stock of social or collective bodies', () => {
    expect(values('截至去年底，全市共有社会组织420家。')).toEqual([]);
    expect(values('全县现有村级集体经济组织215个。')).toEqual([]);
  });

  it('should not support a stock beside a target that stays', () => {
    expect(values('全局现有团组织12个，年内新发展团员40名。')).toEqual(['40名']);
  });

  it('should support counts the verb 组织 or another verb sets', () => {
    expect(values('年内新建基层党组织5个。')).toContain('5个');
    expect(values('培育社会组织50家以上。')).toContain('50家');
    expect(values('组织党员志愿者300名参加义诊。')).toContain('300名');
  });
});
