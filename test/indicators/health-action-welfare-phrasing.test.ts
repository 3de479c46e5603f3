// How targets of 健康X市行动, 全民健康信息化, 食品安全 and 民政 plans are phrased; each probed with sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const PLAN_2026_2030 = { years: [2026, 2030] as [number, number], annual: false };

describe('及以下 after a level (分别控制在5‰及以下和4‰及以下)', () => {
  it('should support 及以下 as an upper bound of each member of a list, as 以下 is', () => {
    expect(brief(indicators('到2027年和2030年，新生儿死亡率分别控制在3.5‰及以下和3‰及以下。', PLAN_2026_2030))).toEqual([
      '新生儿死亡率|3.5|‰|<=|target|2027',
      '新生儿死亡率|3|‰|<=|target|2030',
    ]);
    expect(brief(indicators('到2030年，重大慢性病过早死亡率下降到13%及以下。', PLAN_2026_2030))).toEqual(['重大慢性病过早死亡率|13|%|<=|target|2030']);
  });
  it('should not support 及以下 inside a name as a bound of the level that follows', () => {
    expect(brief(indicators('到2030年，5岁及以下儿童贫血率控制在10%以内。', PLAN_2026_2030))).toEqual(['5岁及以下儿童贫血率|10|%|<=|target|2030']);
  });
});

describe('对 (couples) as the unit of marriage statistics (办理婚姻登记4000对)', () => {
  it('should support a count of couples after a verb or with a bound', () => {
    expect(brief(indicators('全年办理结婚登记3520对。', ANNUAL_2024))).toEqual(['结婚登记|3520|对|=|target|2024']);
    expect(brief(indicators('开展集体婚礼颁证活动不少于150对。', ANNUAL_2024))).toEqual(['集体婚礼颁证活动|150|对|>=|target|2024']);
  });
  it('should not support 对 in a one-to-one pairing or as a preposition after a year', () => {
    expect(brief(indicators('推行1对1结对帮扶，组织专家开展指导。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('推行一对一结对帮扶。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('组织4对新人参加集体婚礼，开展1对1帮扶。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['4|对']);
    expect(brief(indicators('2024年对全县养老机构开展等级评定。', ANNUAL_2024))).toEqual([]);
  });
});

describe('兆 (Mbit/s) as the unit of a network bandwidth (带宽不低于100兆)', () => {
  it('should support a bandwidth in 兆 with a bound or a target verb', () => {
    expect(brief(indicators('村卫生室接入带宽不低于50兆。', ANNUAL_2024))).toEqual(['村卫生室接入带宽|50|兆|>=|target|2024']);
    expect(brief(indicators('县级医院出口带宽提升到1000兆。', ANNUAL_2024))).toEqual(['县级医院出口带宽|1000|兆|=|target|2024']);
  });
  it('should not support 兆 after a Chinese numeral (a name) nor take 兆瓦 for 兆', () => {
    expect(brief(indicators('推进千兆光网进村入户，百兆宽带实现全覆盖。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('新增光伏装机容量不少于30兆瓦。', ANNUAL_2024))).toEqual(['新增光伏装机容量|30|兆瓦|>=|target|2024']);
  });
});

describe('a count of institutions equipped after 为 (为120个村卫生室配置健康一体机)', () => {
  it('should support the count of institutions 为 opens before 配备/配置/更新', () => {
    expect(brief(indicators('为120个村卫生室配置智能健康一体机。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual(['120|个|=|target']);
    expect(brief(indicators('三年累计为800所中小学校配备自动体外除颤器。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual(['800|所|=|target']);
    expect(brief(indicators('为1500家基层医疗卫生机构更新信息化设备。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 5).join('|'))).toEqual(['1500|家|=|target']);
  });
  it('should not support a rate after 为 before such a verb as anything but a rate, nor an age of equipment before the verb as a count of it', () => {
    expect(brief(indicators('村卫生室设备配置率为85%。', ANNUAL_2024))).toEqual(['村卫生室设备配置率|85|%|=|target|2024']);
    expect(brief(indicators('为使用5年以上的设备统一更新。', ANNUAL_2024))).toEqual([]);
  });
});

describe('a duration closed by 内 before a step of work, without 在 (急难型临时救助24小时内办结)', () => {
  it('should not support the time a procedure allows as a target, also after a verb that names the work', () => {
    expect(brief(indicators('对遭遇突发困难的家庭实行先行救助，急难型救助48小时内办结。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('群众来信来访事项受理后15个工作日内答复。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a duration a target verb or a bound sets', () => {
    expect(brief(indicators('临时救助审批时限压缩到3个工作日以内。', ANNUAL_2024))).toEqual(['临时救助审批时限|3|个工作日|<=|target|2024']);
    expect(brief(indicators('平均办结时间控制在5天以内。', ANNUAL_2024))).toEqual(['平均办结时间|5|天|<=|target|2024']);
  });
});

describe('a paired word (城乡) before a distributor whose values are two years\' (到2027年和2030年，城乡居民…分别…)', () => {
  it('should support the two years as what 分别 parts the values over, the name kept whole', () => {
    expect(brief(indicators('到2027年和2030年，城乡居民体质达标人数比例分别不少于91%和92.5%。', PLAN_2026_2030))).toEqual([
      '城乡居民体质达标人数比例|91|%|>=|target|2027',
      '城乡居民体质达标人数比例|92.5|%|>=|target|2030',
    ]);
  });
  it('should not support keeping the pair whole when one year governs and the values are the two groups\'', () => {
    expect(brief(indicators('到2030年，城乡居民人均可支配收入分别达到6.5万元和3.2万元。', PLAN_2026_2030))).toEqual([
      '城镇居民人均可支配收入|6.5|万元|=|target|2030',
      '农村居民人均可支配收入|3.2|万元|=|target|2030',
    ]);
  });
});

describe('精确到/精准到 as a target verb of an appointment slot (预约时段精准到30分钟)', () => {
  it('should support the slot\'s length as the level reached, the verb left out of the name', () => {
    expect(brief(indicators('二级以上公立医院预约时段精准到30分钟以内。', ANNUAL_2024))).toEqual(['二级以上公立医院预约时段|30|分钟|<=|target|2024']);
    expect(brief(indicators('门诊分时段预约精确至15分钟。', ANNUAL_2024))).toEqual(['门诊分时段预约|15|分钟|=|target|2024']);
  });
  it('should not support 精确 or 精准 as a verb where no number follows it', () => {
    expect(brief(indicators('精准到户落实帮扶措施，帮扶对象识别精确到人。', ANNUAL_2024))).toEqual([]);
  });
});

describe('a share with the whole left unsaid after 占 (…，其中4级以上的占42%)', () => {
  it('should support the part\'s 占比 as the name, without 的', () => {
    expect(brief(indicators('2025年全市共有养老护理员3200名，其中持证上岗的占76%。', PLAN_2026_2030)).slice(-1)).toEqual(['持证上岗占比|76|%|=|actual|2025']);
    expect(brief(indicators('到2030年，新录用公务员中女性占50%左右。', PLAN_2026_2030))).toEqual(['新录用公务员中女性占比|50|%|~|target|2030']);
  });
  // 占地区 is 占 and the region (no 占地 of a floor area): the share is named as any other written 占…的N% is (占常住人口的 → 占常住人口比例).
  it('should not support 占比 where the whole is named after 占', () => {
    expect(brief(indicators('到2030年，数字经济核心产业增加值占地区生产总值的12%。', PLAN_2026_2030))).toEqual(['数字经济核心产业增加值占地区生产总值比例|12|%|=|target|2030']);
  });
});
