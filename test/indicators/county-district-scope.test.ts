// 区县, 县区, 县市区, 市县, 市州: the collective names of a city's or a province's divisions written as one word (各区县, 每个区县,
// 各县市区, 各市州). As a scope they are dropped from a metric whole, not cut after their first two characters (各区|县孕产妇死亡率,
// grammar scope: the longer names are tried first); as a distributive scope before a per-unit count they spread the thing the
// clause before sets up over the divisions, as 各县（市、区） does (shapes.ts DISTRIBUTIVE_SCOPE). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

describe('the collective names of divisions as a scope', () => {
  it('should support 各区县, 各县市区 and 各市州 dropped whole from a metric', () => {
    expect(indicators('各区县孕产妇死亡率控制在9/10万以下。').map((i) => i.metric)).toEqual(['孕产妇死亡率']);
    expect(indicators('各县市区婴儿死亡率控制在4‰以下。').map((i) => i.metric)).toEqual(['婴儿死亡率']);
    expect(indicators('各市州每年开展母婴安全专项督导不少于2次。').map((i) => i.metric)).toEqual(['每年开展母婴安全专项督导']);
  });
  it('should support 每个区县 and 各县区 spreading the thing the clause before sets up', () => {
    expect(indicators('建设儿童早期发展示范基地，每个区县至少1个。').map((i) => i.metric)).toEqual(['儿童早期发展示范基地']);
    expect(indicators('设置孕产妇危急重症救治中心，各县区不少于1家。').map((i) => i.metric)).toEqual(['孕产妇危急重症救治中心']);
  });
  it('should not support a place name that opens with such characters as a scope', () => {
    expect(indicators('市区公共厕所数量达到260座。').map((i) => i.metric)).toEqual(['市区公共厕所数量']);
  });
});
