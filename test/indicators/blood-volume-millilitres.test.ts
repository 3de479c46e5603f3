// Millilitres, the volume in which 采供血 plans state the blood they collect beside its 单位 (200毫升 is one 单位). Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('blood collected in millilitres', () => {
  it('should support a volume in 万毫升 with a bound word', () => {
    expect(brief(indicators('全年采集全血650万毫升以上。', ANNUAL_2024))).toEqual(['采集全血|650|万毫升|>=|target|2024']);
  });
  it('should support a volume in 毫升 set by a target verb', () => {
    expect(brief(indicators('中心血站采血总量达到42000毫升。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['42000|毫升|=']);
  });
  it('should not support 升 as the verb after a volume, nor a millilitre read as litres', () => {
    expect(indicators('每人每次可献200毫升。', ANNUAL_2024).map((i) => i.unit)).not.toContain('升');
  });
});

describe('the size of a single donation', () => {
  it('should support no item for the volume of each donation stated with no bound word', () => {
    expect(indicators('献血者每次献血量一般为200—400毫升。', ANNUAL_2024)).toEqual([]);
    expect(indicators('单次献全血量为300毫升。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support dropping a per-occasion measure a verb of target sets', () => {
    expect(brief(indicators('每次院前急救平均反应时间缩短至12分钟。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['12|分钟|=']);
  });
  it('should not support dropping a per-occasion measure with a bound word', () => {
    expect(brief(indicators('每次面对面随访时间不少于20分钟。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['20|分钟|>=']);
  });
});
