// How a 专项应急预案 writes its numbers, almost none of them a target: the grading criteria of its classes of events, the
// conditions of its warnings, the time limits of its reporting and response steps, the revision cycle of the plan; beside
// them the few standards it sets (a reserve of tents, a drill at least once a year). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, MULTI_YEAR, names } from './helpers.js';

describe('grading criteria of a class of events (…以上，或者…以上的…事故)', () => {
  it('should not support the thresholds of a disjunction of conditions that defines a class', () => {
    expect(names('一次造成死亡10人以上，或者重伤50人以上，或者直接经济损失5000万元以上的生产安全事故。', MULTI_YEAR)).toEqual([]);
    expect(names('较大森林火灾：受害森林面积在100公顷以上1000公顷以下，或者死亡3人以上10人以下的森林火灾；', MULTI_YEAR)).toEqual([]);
    expect(names('造成农作物受灾面积5万亩以上10万亩以下的洪涝灾害。', MULTI_YEAR)).toEqual([]);
  });

  it('should not support the thresholds inside the 的-phrase of a warning condition', () => {
    expect(names('过去12小时降雪量达到10毫米以上且未来24小时仍有5毫米以上降雪的，发布暴雪橙色预警。', MULTI_YEAR)).toEqual([]);
  });

  it('should support targets with bounds that define no class', () => {
    expect(names('全县森林火灾受害率控制在0.8‰以下，或者不高于全市平均水平。', MULTI_YEAR)).toEqual(['森林火灾受害率|0.8|‰']);
    expect(names('每个镇组建不少于20人的森林消防半专业队伍。', MULTI_YEAR)).toEqual(['森林消防半专业队伍|20|人']);
    expect(names('新建应急避难场所12个，其中容纳1000人以上的避难场所不少于3个。', MULTI_YEAR)).toEqual(['应急避难场所|12|个', '容纳1000人以上的避难场所|3|个']);
  });
});

describe('time limits of reporting and response steps (电话报告, 书面报告, 发布)', () => {
  it('should not support the time a report by phone or in writing, or a release of information, is allowed', () => {
    expect(names('事发单位接报后，应在20分钟内电话报告县应急管理局，40分钟内书面报告。', MULTI_YEAR)).toEqual([]);
    expect(names('启动响应后，县委宣传部应在3小时内发布权威信息。', MULTI_YEAR)).toEqual([]);
  });

  it('should support a response time a target verb sets', () => {
    expect(names('城区应急救援平均到达时间缩短至12分钟以内。', MULTI_YEAR)).toEqual(['城区应急救援平均到达时间|12|分钟']);
  });
});

describe('reserves counted in 顶 and cycles of several years in digits', () => {
  it('should support tents counted in 顶', () => {
    expect(indicators('县级应急物资储备库储备救灾帐篷不少于500顶。', MULTI_YEAR).map((i) => [i.value, i.unit, i.comparator])).toEqual([[500, '顶', '>=']]);
  });

  it('should not support 顶 after a Chinese numeral, or the revision cycle of a plan', () => {
    expect(names('为每名队员配发一顶头盔。', MULTI_YEAR)).toEqual([]);
    expect(names('本预案原则上每5年修订一次。', MULTI_YEAR)).toEqual([]);
  });

  it('should support a drill at least once a year', () => {
    expect(names('县应急指挥部每年至少组织1次综合应急演练。', MULTI_YEAR)).toEqual(['综合应急演练|1|次']);
  });
});
