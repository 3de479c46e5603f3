// How targets of 商务, 应急管理/安全生产, 市场监管 and 生态环境 plans are phrased: chemical-industry nouns after a unit, losses
// recovered for consumers, visits counted after 对, bases of comparison (与…相比), quantifiers of scope (各类), the moment a
// response is timed from (灾害发生后) and size bounds between a count and its noun; each probed with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, names } from './helpers.js';


describe('nouns of the chemical industry after a unit (化工, 化肥, 化粪池)', () => {
  it('should support a count whose noun begins with 化', () => {
    // (named with the works done on the institutions counted: works-on-institutions.test.ts)
    expect(names('完成12家化工企业自动化控制系统改造。')).toEqual(['化工企业自动化控制系统改造|12|家']);
    expect(names('培育2个化工园区。')).toEqual(['化工园区|2|个']);
    expect(names('新建改造农村化粪池600座。')).toEqual(['农村化粪池|600|座']);
  });
  it('should not support a word that a unit and 化 or 性 build (个性化, 一元化)', () => {
    expect(names('打造1个性化服务平台。')).toEqual([]);
    expect(names('推进一元化管理。')).toEqual([]);
  });
});

describe('losses recovered for consumers (挽回)', () => {
  it('should support the amount after 挽回 and its object, 挽回 kept in the name', () => {
    expect(names('为消费者挽回经济损失260万元。')).toEqual(['挽回经济损失|260|万元']);
    expect(names('全年挽回消费者经济损失1500万元。')).toEqual(['挽回消费者经济损失|1500|万元']);
  });
  it('should not support 挽回 with no amount', () => {
    expect(names('及时为群众挽回损失。')).toEqual([]);
  });
});

describe('visits counted after 对 (对…N家企业逐户走访)', () => {
  it('should support the count of the enterprises or households visited as the target of the visits', () => {
    expect(names('对订单下降的60家外贸企业逐户走访。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['60|家']);
    expect(names('对300户困难家庭入户走访。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['300|户']);
  });
  it('should not support a count of the territory\'s own divisions, also with an adverb before the verb', () => {
    expect(names('对全县15个乡镇逐一走访。')).toEqual([]);
    expect(names('对全市9个县（市、区）实地走访。')).toEqual([]);
  });
});

describe('bases of comparison (与…相比) before a change', () => {
  it('should support the metrics of the clause before as the names of the changes', () => {
    expect(names('2023年全市发生生产安全事故84起、死亡52人，与2018年相比分别下降21.5%和30.2%。', MULTI_YEAR)).toEqual([
      '生产安全事故|84|起',
      '死亡|52|人',
      '生产安全事故|21.5|%',
      '死亡|30.2|%',
    ]);
    expect(names('社会消费品零售总额达到860亿元，与上年同期相比增长6%。')).toEqual(['社会消费品零售总额|860|亿元', '社会消费品零售总额|6|%']);
  });
  it('should not support 相比 as a name', () => {
    expect(names('与2020年相比，森林覆盖率提高到62%。', MULTI_YEAR)).toEqual(['森林覆盖率|62|%']);
  });
});

describe('quantifiers of scope (各类, 各种) at the start of a name', () => {
  it('should support dropping them as scope words are dropped', () => {
    expect(names('各类经营主体达到9.6万户。')).toEqual(['经营主体|9.6|万户']);
    expect(names('全年共发生各类火灾120起。', MULTI_YEAR)).toEqual(['火灾|120|起']);
  });
  it('should not support dropping them inside a name', () => {
    expect(names('居民各类电子健康档案建档率达到92%。')).toEqual(['居民各类电子健康档案建档率|92|%']);
  });
});

describe('the moment a response is timed from (灾害发生后, 事故发生后)', () => {
  it('should support it as a time, no part of the metric', () => {
    expect(names('灾害发生后受灾群众基本生活在10小时内得到初步救助。', MULTI_YEAR)).toEqual(['受灾群众基本生活|10|小时']);
    expect(names('事故发生后救援队伍到达现场时间不超过40分钟。', MULTI_YEAR)).toEqual(['救援队伍到达现场时间|40|分钟']);
  });
  it('should not support dropping a 灾后 that names works', () => {
    expect(names('完成灾后恢复重建项目25个。', MULTI_YEAR)).toEqual(['灾后恢复重建项目|25|个']);
  });
});

describe('a size bound between a count and its noun (1支不少于20人的队伍)', () => {
  it('should support the noun after the bound\'s 的 as the counted noun, and the bound as the least size of each', () => {
    expect(names('每个乡镇至少建成1支不少于30人的应急救援队伍。', MULTI_YEAR)).toEqual(['应急救援队伍|1|支', '应急救援队伍人数|30|人']);
    expect(names('新建4个不低于300平方米的社区食堂。')).toEqual(['社区食堂|4|个', '社区食堂面积|300|平方米']);
    expect(brief(indicators('组建2支不少于15人的森林消防队。', MULTI_YEAR))[1]).toBe('森林消防队人数|15|人|>=|target|');
  });
  it('should not support a size item where no count stands right before the bound', () => {
    expect(names('建成不少于20人的救援队伍。')).toEqual(['救援队伍|20|人']);
  });
  it('should not support it where the bound is a clause of its own', () => {
    expect(names('新增救援队伍2支，每支不少于20人。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['2|支', '20|人']);
  });
});

describe('an amount that classes what a count before it counts (2家年营业收入不低于10亿元的龙头企业)', () => {
  it('should support the count of the noun after 的, with no item for the class amount', () => {
    expect(names('培育3家年营业收入不低于20亿元的链主企业。')).toEqual(['链主企业|3|家']);
    expect(names('引进5个总投资超过10亿元的产业项目。')).toEqual(['产业项目|5|个']);
  });
  it('should not support it where the amount has a clause of its own', () => {
    expect(names('建成2个产业园，年产值不低于10亿元。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['2|个', '10|亿元']);
  });
});

describe('foreign investment newly approved (新批)', () => {
  it('should support 新批 as the verb of the count, kept in the name', () => {
    expect(names('全年新批外资项目25个，新批外商投资企业40家。')).toEqual(['新批外资项目|25|个', '新批外商投资企业|40|家']);
  });
  it('should not support 新批 with no count', () => {
    expect(names('外资项目新批数量保持增长。')).toEqual([]);
  });
});

describe('staffing and funding quotas set as a share of a total of staff or funds (人员, 经费, 资金)', () => {
  /** metric|value|unit|comparator of each item. */
  const bounds = (s: string) => brief(indicators(s, MULTI_YEAR)).map((b) => b.split('|').slice(0, 4).join('|'));
  it('should support the bound before the staff or funds as the share\'s, the total no part of the name', () => {
    expect(bounds('临床药师人数不得少于本院卫生技术人员的5%。')).toEqual(['临床药师人数|5|%|>=']);
    expect(bounds('用于乡村医生的补助资金不低于村级公共卫生服务经费的40%。')).toEqual(['用于乡村医生的补助资金|40|%|>=']);
  });
  it('should not support a total after an object verb as the base of a share (完成…人员的90%)', () => {
    expect(bounds('完成重点人员的90%。')).toEqual(['完成重点人员|90|%|=']);
  });
});
