// Phrasings of 乡镇 工作计划, 城乡供水 实施方案, 林业 工作要点 and 民生实事 lists (genre g159-g162 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: transformer capacity in 千伏安', () => {
  it('should support a capacity in 千伏安 as a measure with a target verb', () => {
    expect(names('实施农网改造升级，户均配变容量达到3千伏安。')).toEqual(['户均配变容量|3|千伏安']);
  });

  it('should support a capacity added in 万千伏安', () => {
    expect(names('新增配变容量8万千伏安。')).toEqual(['新增配变容量|8|万千伏安']);
  });

  it('should not support a voltage class (10千伏) as a capacity', () => {
    expect(names('新建10千伏线路12公里。')).toEqual(['新建10千伏线路|12|公里']);
  });
});

describe('indicators: verbs of payouts, repairs and old-tree care (兑付, 维修, 挂牌保护, 复壮)', () => {
  it('should support an amount paid out after 兑付 and its object', () => {
    expect(names('兑付耕地地力保护补贴资金1.5亿元。')).toEqual(['耕地地力保护补贴资金|1.5|亿元']);
  });

  it('should support works repaired after 维修 and their object', () => {
    expect(names('维修农村公路危桥12座。')).toEqual(['农村公路危桥|12|座']);
  });

  it('should support old trees tagged and saved, counted in 株', () => {
    expect(names('对古树名木实行挂牌保护，新增挂牌保护古树名木800株，抢救复壮古树45株。')).toEqual([
      '古树名木|800|株',
      '古树|45|株',
    ]);
  });

  it('should not support a stock of trees with no verb as a target', () => {
    expect(names('全县现有古树名木1300余株，其中一级古树60株。')).toEqual([]);
  });
});

describe('indicators: a works verb with its alternative in brackets (新（改）建)', () => {
  it('should support the count after the bracketed verb and its object', () => {
    expect(names('新（改）建农村卫生户厕500户。')).toEqual(['农村卫生户厕|500|户']);
    expect(names('改（扩）建乡镇卫生院3所。')).toEqual(['乡镇卫生院|3|所']);
    expect(names('两年累计新建（扩建）水厂4座。')).toEqual(['水厂|4|座']);
  });
});
