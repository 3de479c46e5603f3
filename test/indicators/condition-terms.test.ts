// Conditions and class thresholds of 应急预案 and of rules that grade or rate (a disjunction whose last band closes a 的-phrase,
// a condition of time closed by 时，, a list of thresholds closed by 的，), beside targets written the same way; and reserves
// counted in 把. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, MULTI_YEAR, names } from './helpers.js';

describe('the last band of a disjunction of grading criteria (…以上…以下的；)', () => {
  it('should not support a band that closes the class definition with 的 before a semicolon or a full stop', () => {
    expect(names('较大突发环境事件：因环境污染造成3人以上10人以下死亡的，或者转移疏散群众1万人以上5万人以下的；', MULTI_YEAR)).toEqual([]);
    expect(names('一般洪涝灾害：农作物受灾面积在2万亩以上5万亩以下的，或者紧急转移群众500人以上2000人以下的。', MULTI_YEAR)).toEqual([]);
  });

  it('should support a band that a target verb sets', () => {
    expect(names('全县森林火灾受害率控制在0.5‰以下，林区火灾当日扑灭率达到95%以上。', MULTI_YEAR)).toEqual(['森林火灾受害率|0.5|‰', '林区火灾当日扑灭率|95|%']);
  });
});

describe('a condition of time closed by 时，', () => {
  it('should not support a bounded value inside a 时-clause that a step applies under', () => {
    expect(names('堤防险情得到控制、水位回落至警戒水位以下并持续24小时以上时，由指挥部宣布终止应急响应。', MULTI_YEAR)).toEqual([]);
    expect(names('当日降雨量达到80毫米以上时，各镇街立即组织人员转移。', MULTI_YEAR)).toEqual([]);
  });

  it('should support a target followed by a clause ending in 同时 or 及时', () => {
    expect(names('应急物资储备覆盖率达到90%以上，同时，建立物资调拨机制。', MULTI_YEAR)).toEqual(['应急物资储备覆盖率|90|%']);
  });
});

describe('a list of thresholds closed by 的， (the classes a rule sets)', () => {
  it('should not support the thresholds after a verb of reaching that end in 的，', () => {
    expect(names('志愿者累计服务时长达到200小时、500小时、800小时的，分别授予铜牌、银牌、金牌志愿者称号。', MULTI_YEAR)).toEqual([]);
    expect(names('社区年服务居民达到3000人次的，评为市级示范服务站。', MULTI_YEAR)).toEqual([]);
  });

  it('should support a list of targets after a verb of reaching', () => {
    expect(names('城区和县城注册志愿者占常住人口比例分别达到15%、12%。', MULTI_YEAR).length).toBe(2);
  });
});

describe('reserves counted in 把', () => {
  it('should support tools counted in 把 after a digit', () => {
    expect(indicators('乡镇物资储备点储备油锯不少于30把。', MULTI_YEAR).map((i) => [i.value, i.unit, i.comparator])).toEqual([[30, '把', '>=']]);
  });

  it('should not support 把 as a preposition or after a Chinese numeral', () => {
    expect(names('要把森林防灭火工作作为一把手工程来抓。', MULTI_YEAR)).toEqual([]);
  });
});
