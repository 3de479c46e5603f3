// Phrasings of 生态环境, 住建 and 交通/应急 plans, written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, ANNUAL_2024 } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const FIVE: PlanYears = { years: [2026, 2030], annual: false };

describe('indicators: a 均 after a year named relative to the plan (较上年均下降)', () => {
  it('should support one fall distributed over two metrics as a change, not a yearly average', () => {
    expect(brief(indicators('火灾起数、亡人数较上年均下降8%。', ANNUAL_2024))).toEqual(['火灾起数|8|%|=|change|2024', '火灾亡人数|8|%|=|change|2024']);
    expect(indicators('两项费用比去年均降低3个百分点。', ANNUAL_2024).map((i) => i.kind)).toEqual(['change']);
  });
  it('should not support it for 年均 after a metric (a yearly rate stays a target)', () => {
    expect(brief(indicators('全县农产品加工业产值年均增长7%。', FIVE))).toEqual(['农产品加工业产值|7|%|=|target|']);
  });
});

describe('indicators: a word of manner between the time a procedure allows and its step (在15日内依法处理)', () => {
  it('should support no item for a handling time with 依法 or 及时 before the step', () => {
    expect(indicators('对群众举报的违法建设在10日内依法处置到位。', ANNUAL_2024)).toEqual([]);
    expect(indicators('较大险情信息在1小时内及时上报。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support it where a target verb sets the time (控制在…内依法办结)', () => {
    expect(brief(indicators('不动产登记时限控制在3个工作日内依法办结。', ANNUAL_2024))).toEqual(['不动产登记时限|3|个工作日|<=|target|2024']);
  });
});

describe('indicators: how often an organ rates or inspects (每季度开展1次…评定, “双随机”检查)', () => {
  it('should support no item for a routine rating or inspection without a comparator', () => {
    expect(indicators('每半年开展1次农村公路养护质量评定。', ANNUAL_2024)).toEqual([]);
    expect(indicators('每月开展1次建筑工地“双随机”检查。', ANNUAL_2024)).toEqual([]);
    expect(indicators('每季度组织1次燃气安全执法检查。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support it when a comparator sets the frequency or for a service to people', () => {
    expect(brief(indicators('每年至少开展1次部门联合检查。', ANNUAL_2024))).toEqual(['部门联合检查|1|次|>=|target|2024']);
    expect(indicators('每年为辖区老年人开展1次健康检查。', ANNUAL_2024)).toHaveLength(1);
  });
});

describe('indicators: how often a lead body checks on the units carrying out its tasks (每季度开展1次督导检查)', () => {
  it('should support no item for a routine 督导检查 or 督促检查 without a comparator', () => {
    expect(indicators('区改造工作专班每季度开展1次督导检查。', ANNUAL_2024)).toEqual([]);
    expect(indicators('县指挥部每月开展1次督促检查，结果全县通报。', ANNUAL_2024)).toEqual([]);
  });
  it('should not support it when a comparator sets the frequency or a year counts the checks in all', () => {
    expect(brief(indicators('每半年至少开展1次督导检查。', ANNUAL_2024))).toEqual(['督导检查|1|次|>=|target|2024']);
    expect(brief(indicators('全年开展燃气安全督导检查6次。', ANNUAL_2024))).toEqual(['燃气安全督导检查|6|次|=|target|2024']);
  });
});

describe('indicators: a unitless index with its abbreviation in brackets (路面技术状况指数（MQI）)', () => {
  it('should support a bare value after the bracketed abbreviation', () => {
    expect(brief(indicators('普通国省道路面技术状况指数（MQI）达到86以上。', ANNUAL_2024))).toEqual(['普通国省道路面技术状况指数（MQI）|86||>=|target|2024']);
    expect(brief(indicators('城市生态质量指数（EQI）保持在70以上。', ANNUAL_2024))).toEqual(['城市生态质量指数（EQI）|70||>=|target|2024']);
  });
  it('should not support it after a bracketed note that is no abbreviation', () => {
    expect(indicators('居民消费价格指数（以上年同期价格为基准计算）为102。', ANNUAL_2024)).toEqual([]);
  });
});

describe('indicators: a review total summed over a number of years after its metric (五年累计下降)', () => {
  const REVIEW: PlanYears = { years: [2026, 2030], annual: false, review: true };
  it('should support no year for the total, where a single year governs the paragraph', () => {
    expect(brief(indicators('2025年，全市化学需氧量排放量降至4.2万吨。单位工业增加值用水量五年累计下降21.5%。', REVIEW))).toEqual([
      '化学需氧量排放量|4.2|万吨|=|actual|2025',
      '单位工业增加值用水量|21.5|%|=|actual|',
    ]);
  });
  it('should not support it for a year in digits before 累计 (a stock at a date)', () => {
    expect(brief(indicators('截至2025年累计建成污水管网1860公里。', REVIEW))).toEqual(['累计建成污水管网|1860|公里|=|actual|2025']);
  });
});

describe('wastes of different lengths before the treatment they share (秸秆、畜禽粪污综合利用率)', () => {
  const names = (s: string) => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|')[0]);
  it('should support the treatment with its modifier as the start of the shared tail', () => {
    expect(names('秸秆、畜禽养殖废弃物综合利用率分别达到93%和82%。')).toEqual(['秸秆综合利用率', '畜禽养殖废弃物综合利用率']);
    expect(names('尾矿、冶炼废渣、农膜资源化利用率分别达到30%、60%和88%。')).toEqual(['尾矿资源化利用率', '冶炼废渣资源化利用率', '农膜资源化利用率']);
  });
  it('should not support it for places before the waste they treat (城市、农村生活垃圾无害化处理率)', () => {
    expect(names('县城、农村生活垃圾无害化处理率分别达到100%和92%。')).toEqual(['县城生活垃圾无害化处理率', '农村生活垃圾无害化处理率']);
  });
});
