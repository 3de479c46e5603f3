// Phrasings of 邮政/快递 and 粮食储备 plans (genre g168 and g169 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('indicators: a rate per million written in words', () => {
  it('should support 百万分之N as N /100万, as 十万分之N is N /10万', () => {
    expect(brief(indicators('快递服务有效申诉率控制在百万分之三以内。', ANNUAL_2024))).toEqual(['快递服务有效申诉率|3|/100万|<=|target|2024']);
    expect(brief(indicators('邮件全程时限准时率问题申诉率不超过100万分之8。', ANNUAL_2024)).map((s) => s.split('|').slice(1, 3).join('|'))).toEqual(['8|/100万']);
  });

  it('should not support reading 百万分之 as 万分之 with a stray 百', () => {
    expect(indicators('有效申诉率控制在百万分之五以内。', ANNUAL_2024).map((i) => i.unit)).toEqual(['/100万']);
    expect(indicators('艾滋病发病率控制在万分之三以下。', ANNUAL_2024).map((i) => i.unit)).toEqual(['万分之']);
  });
});

describe('indicators: a capacity written as a throughput per day or year', () => {
  it('should support the capacity as the metric when 日处理 stands between the verb and the value', () => {
    expect(brief(indicators('全县污水处理能力达到日处理6万吨。', ANNUAL_2024))).toEqual(['污水处理能力|6|万吨|=|target|2024']);
    expect(brief(indicators('烘干能力提高到日处理3.2万吨。', ANNUAL_2024))).toEqual(['烘干能力|3.2|万吨|=|target|2024']);
  });

  it('should support the name of what is handled after the throughput word (日加工稻谷)', () => {
    expect(brief(indicators('应急加工能力不低于日加工稻谷1.5万吨。', ANNUAL_2024)).map((s) => s.split('|')[0])).toEqual(['应急加工能力']);
  });

  it('should not support cutting a throughput word that no verb or comparator precedes (日处理能力 named as the metric)', () => {
    expect(indicators('新建垃圾焚烧厂日处理能力1200吨。', ANNUAL_2024).map((i) => i.metric).join()).toContain('日处理');
  });
});

describe('indicators: a throughput word that names the capacity itself', () => {
  it('should not support cutting 日供水能力 or 年处理能力 off the metric', () => {
    expect(indicators('新增日供水能力5万吨。', ANNUAL_2024).map((i) => i.metric)).toEqual(['新增日供水能力']);
    expect(indicators('建筑垃圾资源化利用中心新增年处理能力80万吨。', ANNUAL_2024).map((i) => i.metric.includes('年处理能力'))).toEqual([true]);
  });
});

describe('indicators: a volume in 件 that classes the noun after it', () => {
  it('should support the count of the class, not the volume that names it (超N万件的…项目M个)', () => {
    expect(indicators('培育年业务量超50万件的快递服务现代农业示范项目3个以上。', ANNUAL_2024).map((i) => `${i.value}|${i.unit}`)).toEqual(['3|个']);
    expect(indicators('打造年办件量1万件以上的标准化窗口10个。', ANNUAL_2024).map((i) => `${i.value}|${i.unit}`)).toEqual(['10|个']);
  });

  it('should not support dropping a volume in 件 that is itself the target', () => {
    expect(indicators('全市快递业务量达到3.6亿件以上。', ANNUAL_2024).map((i) => `${i.value}|${i.unit}`)).toEqual(['3.6|亿件']);
    expect(indicators('每万人口高价值发明专利拥有量达到12件。', ANNUAL_2024).map((i) => `${i.value}|${i.unit}`)).toEqual(['12|件']);
  });
});

describe('indicators: a bounded standard in a clause opened by 对', () => {
  it('should support the amount before 的标准 as the standard the measure applies', () => {
    expect(indicators('对验收合格的村级服务站按每个不低于3000元的标准给予补助。', ANNUAL_2024).map((i) => `${i.value}|${i.unit}|${i.comparator}`)).toEqual(['3000|元|>=']);
  });

  it('should not support a bounded amount before 的 and a noun that is no standard (the condition on who qualifies)', () => {
    expect(indicators('对年营业收入首次突破1亿元的企业给予一次性奖励。', ANNUAL_2024)).toEqual([]);
  });
});

describe('indicators: a standard per unit of the subject inside a 按…的标准 frame', () => {
  it('should support the subject and the fund as the name of a per-unit standard (按每个不低于N元的标准给予奖补)', () => {
    expect(brief(indicators('对验收合格的村级寄递服务站按每个不低于3000元的标准给予奖补。', ANNUAL_2024)).map((s) => s.split('|').slice(0, 4).join('|'))).toEqual(['验收合格的村级寄递服务站奖补标准|3000|元|>=']);
    expect(indicators('达标的乡镇综合文化站按每所不低于10万元的标准给予补助。', ANNUAL_2024).map((i) => i.metric)).toEqual(['达标的乡镇综合文化站补助标准']);
  });

  it('should support any measure word after 每 as a per-unit base, and a reward word after the frame as the fund (每张, 每处, …的标准补助)', () => {
    expect(indicators('对社区养老服务中心按每张床位不低于3000元的标准给予运营补贴。', ANNUAL_2024).map((i) => i.metric)).toEqual(['社区养老服务中心运营补贴标准']);
    expect(indicators('对评定合格的示范农场按每处不超过15万元的标准给予奖补。', ANNUAL_2024).map((i) => i.metric)).toEqual(['评定合格的示范农场奖补标准']);
    expect(indicators('对新建村级综合服务站按每所不低于8万元的标准补助。', ANNUAL_2024).map((i) => i.metric)).toEqual(['新建村级综合服务站补助标准']);
  });
  it('should support a provision frame\'s standard after an object verb that opens the clause (新建…按每张床位…的标准给予…补助)', () => {
    expect(indicators('新增普惠托位按照每个不低于8000元的标准给予一次性建设补助。', ANNUAL_2024).map((i) => i.metric)).toEqual(['新增普惠托位一次性建设补助标准']);
  });
  it('should not support a word of carrying out after the frame as the fund of a per-head standard (…的标准落实)', () => {
    expect(indicators('维修养护经费按每人每年不低于6元的标准落实。', ANNUAL_2024).map((i) => i.metric)).not.toContain('维修养护经费人均落实标准');
  });
  it('should not support the per-unit naming for a per-head standard (人均 stays)', () => {
    expect(indicators('按照常住人口每人每年不低于1元的标准安排结核病防治专项经费。', ANNUAL_2024).map((i) => i.metric)).toEqual(['人均结核病防治专项经费标准']);
  });
});
