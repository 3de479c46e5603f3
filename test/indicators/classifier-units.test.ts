// Classifiers and units that plans of transport, energy, greening, water works, culture and supplies count their targets in
// (车次, 列次, 班次, 趟; 吨公里, 人公里; 吉瓦; 根, 基; 棵, 丛, 蔸; 盒, 瓶; 首, 集; 件套; 处次, 期次, 条次; 匹; 方, 延米): each the standard
// classifier of its noun in Chinese, written right after the number. Not after a Chinese numeral (一棵, 三方), nor where the
// character opens a word of its own (根据, 基层, 首次, 集中, 方案, 匹配). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const read = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));
const named = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: the classifiers of trips, transport work and power capacity', () => {
  it('should support 车次, 列次, 班次 and 趟 as counts of trips run', () => {
    expect(read('全年开行城乡公交车次达到86万车次。')).toEqual(['86|万车次']);
    expect(read('开行动车组列车不少于2.4万列次。')).toEqual(['2.4|万列次']);
    expect(read('新增农村客运班次150班次。')).toEqual(['150|班次']);
    expect(read('开通旅游专线每日往返8趟。')).toEqual(['8|趟']);
  });
  it('should support 吨公里, 人公里 and 吉瓦 as the units of transport work and large power capacity', () => {
    expect(read('全市货物周转量达到120亿吨公里。')).toEqual(['120|亿吨公里']);
    expect(read('旅客周转量达到35亿人公里。')).toEqual(['35|亿人公里']);
    expect(read('新能源装机规模达到2.5吉瓦。')).toEqual(['2.5|吉瓦']);
  });
  it('should not support 一趟 in running text as a count', () => {
    expect(read('做到让群众少跑一趟。')).toEqual([]);
  });
});

describe('indicators: the classifiers of poles, towers, trees and clumps', () => {
  it('should support 根 and 基 for poles and towers, 棵, 丛 and 蔸 for trees and plants', () => {
    expect(read('更换老旧电杆1800根，新建输电铁塔36基。')).toEqual(['1800|根', '36|基']);
    expect(read('栽植行道树2.6万棵。')).toEqual(['2.6|万棵']);
    expect(read('补植灌木5000丛，补种茶苗12万蔸。')).toEqual(['5000|丛', '12|万蔸']);
  });
  it('should not support 根 or 基 where they open a word (根据, 基层, 基地), nor after a Chinese numeral', () => {
    expect(read('按照2027根据实际情况调整。')).toEqual([]);
    expect(read('指导12基层服务站开展工作。')).toEqual([]);
    expect(read('种下一棵树。')).toEqual([]);
  });
});

describe('indicators: the classifiers of supplies, works of art and visits', () => {
  it('should support 盒, 瓶, 件套, 首, 集, 处次, 期次, 条次 and 匹', () => {
    expect(read('发放免费避孕药具3.5万盒。')).toEqual(['3.5|万盒']);
    expect(read('储备医用消毒液不少于2000瓶。')).toEqual(['2000|瓶']);
    expect(read('储备防汛抢险物资2.2万件套。')).toEqual(['2.2|万件套']);
    expect(read('创作原创歌曲15首以上。')).toEqual(['15|首']);
    expect(read('全年完成乡村振兴专题片摄制12集。')).toEqual(['12|集']);
    expect(read('开展消防安全检查2600处次。')).toEqual(['2600|处次']);
    expect(read('举办就业技能培训班80期次。')).toEqual(['80|期次']);
    expect(read('全年推送防诈骗预警信息900条次。')).toEqual(['900|条次']);
    expect(read('完成种马登记300匹。')).toEqual(['300|匹']);
  });
  it('should not support 首, 集 or 匹 where they open a word (首次, 集中, 匹配)', () => {
    expect(read('2027首次举办农民运动会。')).toEqual([]);
    expect(read('推动12集中连片区域发展。')).toEqual([]);
    expect(read('实现5匹配度提升。')).toEqual([]);
  });
});

describe('indicators: 方 and 延米, the sizes of earthworks and linear works', () => {
  it('should support 方 (cubic metres) and 延米 (linear metres) as sizes', () => {
    expect(read('完成河塘清淤28万方。')).toEqual(['28|万方']);
    expect(read('新建排水边沟3.2万延米。')).toEqual(['3.2|万延米']);
  });
  it('should not support 方 where it opens a word (方面, 方案), nor after a Chinese numeral (三方)', () => {
    expect(read('从6方面推进改革。')).toEqual([]);
    expect(read('建立三方协商机制。')).toEqual([]);
  });
});

describe('indicators: a bracket after a noun that ends in a classifier', () => {
  it('should support the other form of the thing in brackets as part of the name (快递箱（盒）)', () => {
    expect(named('投放可循环快递箱（盒）达到8万个。')).toEqual(['投放可循环快递箱（盒）|8|万个']);
  });
  it('should not support a unit in brackets after a name that ends in no classifier as part of the name', () => {
    expect(named('每千人口医疗卫生机构床位数（张）：7.2')).toEqual(['每千人口医疗卫生机构床位数|7.2|张']);
  });
});
