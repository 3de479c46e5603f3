// Phrasings of 气象 工作要点, 海洋经济 规划, 司法行政 工作计划 and 残疾人 补贴 notices (genre g163-g166 showed them): sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators, names } from './helpers.js';

describe('indicators: areas in 平方千米', () => {
  it('should support an area in 平方千米 (the GB 3100 spelling of 平方公里) with a bound', () => {
    expect(names('全市生态保护红线面积不低于1250平方千米。')).toEqual(['生态保护红线面积|1250|平方千米']);
  });

  it('should support a length in 千米 as before', () => {
    expect(names('新建城市绿道25千米。')).toEqual(['新建城市绿道|25|千米']);
  });
});

describe('indicators: case files counted in 卷', () => {
  it('should support case files reviewed, counted in 卷, with a bound', () => {
    expect(names('开展行政执法案卷评查，评查案卷不少于80卷。')).toEqual(['评查案卷|80|卷']);
  });

  it('should not support a stock of files with no target verb', () => {
    expect(names('局档案室现存各类案卷3600卷。')).toEqual([]);
  });
});

describe('indicators: nouns ending in the verb 达 (雷达)', () => {
  it('should support a radar counted after its works verb, named whole', () => {
    expect(names('新建S波段双偏振天气雷达1部。')).toEqual(['S波段双偏振天气雷达|1|部']);
  });

  it('should support 达 as a target verb after a noun that does not end in it', () => {
    expect(names('全市区域自动气象站总数达350个。')).toEqual(['区域自动气象站总数|350|个']);
  });
});

describe('indicators: a rise or cut verb that opens the metric (增加降水2亿立方米)', () => {
  it('should support a measure after 增加 + the thing raised as a change', () => {
    expect(brief(indicators('开展人工增雨作业，力争增加降水1.5亿立方米。', ANNUAL_2024)).map((b) => b.split('|').slice(0, 5).join('|'))).toEqual([
      '增加降水|1.5|亿立方米|=|change',
    ]);
  });

  it('should support a cut after 减少 + the thing cut as a change', () => {
    expect(brief(indicators('推广测土配方施肥，减少化肥使用量800吨。', ANNUAL_2024)).map((b) => b.split('|')[4])).toEqual(['change']);
  });

  it('should not support 增加值 (value added) as a rise verb', () => {
    expect(brief(indicators('全年实现文化产业增加值120亿元以上。', ANNUAL_2024)).map((b) => b.split('|')[4])).toEqual(['target']);
    expect(brief(indicators('实现增加值85亿元。', ANNUAL_2024)).map((b) => b.split('|')[4])).toEqual(['target']);
  });

  it('should not support counted things added after 增加 as a change (增加泊位 adds spaces, as 新增)', () => {
    expect(brief(indicators('全年增加公共停车泊位不少于2000个。', ANNUAL_2024)).map((b) => b.split('|')[4])).toEqual(['target']);
  });
});

describe('indicators: a data cross-check (比对) run at a set interval is a working routine', () => {
  it('should not support how often a 数据比对 recurs, with no bound word, as a target', () => {
    expect(names('每季度开展1次低保、特困与殡葬火化数据比对。')).toEqual([]);
  });

  it('should support a 比对 frequency set with a bound word, and a year\'s total with no period', () => {
    expect(names('每月开展社保待遇领取资格比对不少于1次。')).toEqual(['社保待遇领取资格比对|1|次']);
    expect(names('全年开展低保对象信息比对2次。')).toEqual(['低保对象信息比对|2|次']);
  });
});

describe('indicators: the first answer a handling rule allows (在N个工作日内响应)', () => {
  it('should not support the time to respond to a complaint, in a frame, as a target', () => {
    expect(names('对市民热线转办的投诉举报在2个工作日内响应。')).toEqual([]);
    expect(names('群众诉求在24小时内回应。')).toEqual([]);
  });

  it('should support a response time cut by a target verb', () => {
    expect(names('政务热线工单平均响应时间压缩至2小时以内。')).toEqual(['政务热线工单平均响应时间|2|小时']);
  });
});

describe('indicators: the time an oversight or review rule allows a step (在N个工作日内公示, 制定, 约谈)', () => {
  it('should not support the time to publish, draw up a plan or summon, in a frame, as a target', () => {
    expect(names('考核结果在10个工作日内公示。')).toEqual([]);
    expect(names('发现问题的，须在7个工作日内制定整改方案。')).toEqual([]);
    expect(names('对进度滞后的乡镇在5个工作日内约谈。')).toEqual([]);
  });

  it('should not support the time an emergency rule allows a team to gather and set out or staff to report (集结, 出发, 到岗)', () => {
    expect(names('接警后，专业救援队须在20分钟内集结出发。')).toEqual([]);
    expect(names('值班人员在30分钟内到岗。')).toEqual([]);
  });

  it('should support a time limit a target verb sets, and a rate that names the time', () => {
    expect(names('项目审批时间压缩至10个工作日以内。')).toEqual(['项目审批时间|10|个工作日']);
    expect(names('依申请公开事项在15个工作日内答复率达到100%。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['100|%']);
  });
});

describe('indicators: pollutants listed before one measure word', () => {
  it('should support each pollutant completed with the measure word of the last (化学需氧量 ends like a measure)', () => {
    expect(names('到2030年，化学需氧量、氨氮排放量分别比2025年下降6%和7%。', MULTI_YEAR)).toEqual(['化学需氧量排放量|6|%', '氨氮排放量|7|%']);
    expect(names('二氧化硫、氮氧化物、挥发性有机物排放总量分别下降3%、4%和5%。', MULTI_YEAR)).toEqual([
      '二氧化硫排放总量|3|%',
      '氮氧化物排放总量|4|%',
      '挥发性有机物排放总量|5|%',
    ]);
  });

  it('should not support a pollutant named alone with its own measure as sharing another tail', () => {
    expect(names('化学需氧量排放量下降6%，氨氮排放强度下降7%。', MULTI_YEAR).map((n) => n.split('|')[0])).toEqual(['化学需氧量排放量', '氨氮排放强度']);
  });
});
