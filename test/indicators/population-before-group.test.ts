// A population named before the first of the conditions or services that share a tail, the later ones naming none of their own
// (适龄妇女宫颈癌和乳腺癌筛查率, 孕产妇艾滋病、梅毒和乙肝检测率): every conjunct is that population's, as maternal and child health
// statistics name each screening of the one population (src/indicators/metric.ts populationBeforeGroup). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: a population before the first of the groups that share a tail', () => {
  it('should support each group as that population’s', () => {
    expect(names('农村适龄妇女宫颈癌和乳腺癌筛查率分别达到75%和70%。')).toEqual(['农村适龄妇女宫颈癌筛查率|75|%', '农村适龄妇女乳腺癌筛查率|70|%']);
    expect(names('孕产妇艾滋病、梅毒和乙肝检测率均保持在97%以上。')).toEqual(['孕产妇艾滋病检测率|97|%', '孕产妇梅毒检测率|97|%', '孕产妇乙肝检测率|97|%']);
    // Population words written together are one population.
    expect(names('儿童青少年近视和肥胖检出率分别下降0.6个、0.4个百分点。')).toEqual(['儿童青少年近视检出率|0.6|个百分点', '儿童青少年肥胖检出率|0.4|个百分点']);
  });

  it('should not support a population the later conjuncts name themselves, nor one inside an institution’s name', () => {
    expect(names('城镇居民和农村居民医保参保率分别达到96%和97%。')).toEqual(['城镇居民医保参保率|96|%', '农村居民医保参保率|97|%']);
    expect(names('孕产妇系统管理率和3岁以下儿童系统管理率均保持在92%以上。')).toEqual(['孕产妇系统管理率|92|%', '3岁以下儿童系统管理率|92|%']);
    // 成员 of 成员单位 is the institution's word, no population the later conjunct takes (the document's scope is trimmed later).
    expect(names('医联体成员单位门诊次均费用和住院次均费用增幅均不高于4%。')).toEqual(['医联体成员单位门诊次均费用增幅|4|%', '住院次均费用增幅|4|%']);
    // A first conjunct that is a whole metric lends nothing (65岁以上老年人健康管理率 | 中医药健康管理率).
    expect(names('65岁以上老年人健康管理率和中医药健康管理率分别达到72%、76%。')).toEqual(['65岁以上老年人健康管理率|72|%', '中医药健康管理率|76|%']);
  });
});
