// Three readings of a plan's time words, each on a general fact of official writing (sentences written for the test):
// the plan's whole span opening a later clause (…；三年累计完成投资…) governs it over a year an earlier clause set; a value in
// 在X的基础上 is the level reached that a later target builds on (actual, named by that target when its own thing is left unsaid);
// after 基础上 an earlier stock word (现有) no longer makes the amounts levels reached; and 再 "again" before a verb is no part of a name.
import { describe, expect, it } from 'vitest';
import { brief, indicators, names } from './helpers.js';

const ANNUAL_2026 = { years: [2026, 2026] as [number, number], annual: true };
const THREE_YEARS = { years: [2026, 2028] as [number, number], annual: false };
const yearOf = (text: string, plan = THREE_YEARS): (number | null)[] => indicators(text, plan).map((i) => i.year);

describe('the plan’s whole span opening a later clause (2027年…；三年累计…)', () => {
  it('should support the span’s last year over the year of an earlier clause', () => {
    expect(brief(indicators('2027年改造城镇老旧小区60个，完成投资9亿元；三年累计完成投资25亿元以上。', THREE_YEARS)).at(-1)).toBe('完成投资|25|亿元|>=|target|2028');
    expect(yearOf('2026年新建口袋公园12个，三年累计新建口袋公园40个。')).toEqual([2026, 2028]);
    expect(yearOf('2026年培训家政服务人员3000人次；三年内培训家政服务人员1万人次。')).toEqual([2026, 2028]);
  });
  it('should not support a span that is not the plan’s own, nor a year of an earlier clause that is the plan’s last', () => {
    expect(yearOf('2026年新建口袋公园12个，两年累计新建口袋公园25个。')).toEqual([2026, 2026]);
    expect(yearOf('2026年新建口袋公园12个，近三年累计新建口袋公园40个。')).toEqual([2026, 2026]);
    expect(yearOf('到2028年，新建口袋公园30个；三年累计完成投资6亿元。')).toEqual([2028, 2028]);
  });
});

describe('a value in 在…的基础上 (the level a later target builds on)', () => {
  it('should support it as a level reached, named by the target after it and dated by its own words', () => {
    expect(brief(indicators('在上半年举办40场的基础上，下半年再举办文化惠民演出不少于15场。', ANNUAL_2026))).toEqual([
      '文化惠民演出|40|场|=|actual|2026',
      '文化惠民演出|15|场|>=|target|2026',
    ]);
    expect(brief(indicators('在2025年建成口袋公园18个的基础上，新建口袋公园12个。', ANNUAL_2026))[0]).toBe('口袋公园|18|个|=|actual|2025');
    expect(brief(indicators('在实施管网改造工程，城区供水能力提前达到8万立方米/日的基础上，“十五五”期间推进管网互联互通。', THREE_YEARS))).toEqual(['城区供水能力|8|万立方米/日|=|actual|']);
  });
  it('should not support a value whose clause goes on after 的基础上, nor a target that follows one', () => {
    expect(indicators('引导企业在满足30%的基础上提高比例。', ANNUAL_2026).map((i) => i.kind)).not.toContain('actual');
    expect(indicators('在上半年举办12场的基础上，下半年再举办“乡村好戏”系列活动不少于10场。', ANNUAL_2026).at(-1)?.kind).toBe('target');
  });
  it('should support the amounts after 基础上 as the plan’s, not as the stock a word before it described', () => {
    expect(brief(indicators('在现有规上工业企业120家的基础上，新培育规上工业企业30家。', ANNUAL_2026))).toEqual(['规上工业企业|30|家|=|target|2026']);
  });
});

describe('再 “again” before the verb of a count (下半年再举办…不少于10场)', () => {
  it('should support the name without it, as without the adverb', () => {
    expect(brief(indicators('下半年再举办农产品展销会不少于6场。', ANNUAL_2026))).toEqual(['农产品展销会|6|场|>=|target|2026']);
    expect(brief(indicators('年内再培育电商示范村不少于5个。', ANNUAL_2026))).toEqual(['电商示范村|5|个|>=|target|2026']);
  });
  it('should not support cutting 再 off the words that begin with it (再生, 再就业)', () => {
    expect(brief(indicators('再生资源回收量达到12万吨。', ANNUAL_2026))[0]).toMatch(/^再生资源回收量\|/u);
    expect(brief(indicators('城镇失业人员再就业人数不少于2000人。', ANNUAL_2026))[0]).toMatch(/^城镇失业人员再就业人数\|/u);
  });
});

describe('仅 “only” before the verb of a share inside its name (…零售额仅占全县的36.4%)', () => {
  it('should support the name without it, as without the adverb', () => {
    expect(names('网络零售额仅占全区社会消费品零售总额的12.5%。')).toEqual(names('网络零售额占全区社会消费品零售总额的12.5%。'));
    expect(names('专精特新企业仅占规上工业企业的8%。')).toEqual(['专精特新企业占规上工业企业比例|8|%']);
  });
  it('should not support it in a name where it leads the clause (仅有…)', () => {
    expect(names('全县仅有2家企业通过认证。')).toEqual(['通过认证的企业|2|家']);
  });
});

describe('the size of what the plan’s whole span sets to build (三年建成…20个，总建筑面积不少于…)', () => {
  it('should support the size as due by the span’s last year, named by the things counted', () => {
    expect(brief(indicators('三年建成海绵城市示范小区15个，总建筑面积不少于60万平方米。', THREE_YEARS))).toEqual([
      '海绵城市示范小区|15|个|=|target|2028',
      '海绵城市示范小区总建筑面积|60|万平方米|>=|target|2028',
    ]);
    expect(yearOf('三年新建城市书房20个，总面积不少于6000平方米。')).toEqual([2028, 2028]);
  });
  it('should not support a clause with a level or a count of its own after the span’s, nor a span that is not the plan’s', () => {
    expect(yearOf('三年新建城市书房20个，图书借阅量达到50万册次。')).toEqual([2028, null]);
    expect(yearOf('两年新建城市书房20个，总面积不少于6000平方米。')).toEqual([null, null]);
  });
});

describe('an investment and its growth after a count of projects (安排项目85个，完成投资38亿元，比上年增长12%)', () => {
  it('should support both named by the projects counted', () => {
    expect(brief(indicators('安排乡村振兴项目45个，完成投资28亿元，比上年增长10%。', ANNUAL_2026))).toEqual([
      '乡村振兴项目|45|个|=|target|2026',
      '乡村振兴项目完成投资|28|亿元|=|target|2026',
      '乡村振兴项目完成投资|10|%|=|change|2026',
    ]);
  });
  it('should not support the projects’ name for an amount of another thing after the investment', () => {
    expect(names('安排乡村振兴项目45个，完成投资28亿元、新增耕地面积3000亩。').at(-1)).toBe('新增耕地面积|3000|亩');
  });
});
