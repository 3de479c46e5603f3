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
