// Phrasing of health-sector plans (卫生健康 工作要点/规划, 医保 实施方案, 疾控 工作计划): units, stock counts
// and metric names as these documents write them.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

const REVIEW = { ...MULTI_YEAR, review: true };

describe('health-sector indicators', () => {
  it('should support buildings counted by 栋 and 幢 after an object verb', () => {
    expect(brief(indicators('新建县妇幼保健院门诊综合楼1栋。', MULTI_YEAR))).toEqual(['县妇幼保健院门诊综合楼|1|栋|=|target|']);
    expect(brief(indicators('完成闲置农房盘活利用200幢。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['200|幢|=']);
  });
  it('should not support 栋 or 幢 with no target verb or comparator', () => {
    expect(indicators('院区内有3栋老旧住院楼需要改造。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support a stock written with 共有 in a review, nor its parts after 其中', () => {
    expect(indicators('全县共有医疗卫生机构486个，其中二级以上医院6家。', REVIEW)).toEqual([]);
  });
  it('should support levels and achievements next to a stock in a review, and parts of an achieved total', () => {
    expect(brief(indicators('全县共有医疗卫生机构486个，每千人口医疗卫生机构床位数达到5.8张，建成紧密型医联体5个。', REVIEW))).toEqual([
      '每千人口医疗卫生机构床位数|5.8|张|=|actual|',
      '紧密型医联体|5|个|=|actual|',
    ]);
    expect(indicators('新建村卫生室120个，其中标准化村卫生室80个。', REVIEW).map((i) => i.value)).toEqual([120, 80]);
  });
});
