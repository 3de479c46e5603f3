// Phrasings of 城市管理, 退役军人事务 and 药品监管 plans (genre g155-g158 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, MULTI_YEAR, names } from './helpers.js';

describe('indicators: frequencies per day (次/日, 次/天)', () => {
  it('should support a turnover or frequency per day as one measure unit with its bound', () => {
    expect(brief(indicators('中心城区路内停车泊位周转率提高到5次/日以上。', MULTI_YEAR))).toEqual(['中心城区路内停车泊位周转率|5|次/日|>=|target|']);
    expect(names('农贸市场公共区域消毒频次不少于2次/天。')).toEqual(['农贸市场公共区域消毒频次|2|次/天']);
  });

  it('should not support a count of times with no per-day unit as one', () => {
    expect(names('全年开展联合执法检查不少于6次。')).toEqual(['联合执法检查|6|次']);
  });
});

describe('indicators: what a platform joins up (接入)', () => {
  it('should support the sites or devices joined to a platform, named with the verb', () => {
    expect(names('建成城市综合停车服务平台，接入公共停车泊位8万个。')).toEqual(['接入公共停车泊位|8|万个']);
    expect(names('市医保信息平台接入定点医药机构1500家。')).toEqual(['接入定点医药机构|1500|家']);
  });

  it('should not support a word that only holds 接入 (衔接入库) as the verb', () => {
    expect(names('做好项目储备衔接入库工作，储备项目清单每季度更新1次。')).toEqual([]);
  });
});

describe('indicators: the firms an inspection visits (检查企业N家次)', () => {
  it('should support the firms or units checked, named between 检查 and the count', () => {
    expect(names('开展特种设备专项整治，检查生产使用单位600家次。')).toEqual(['检查生产使用单位|600|家次']);
    expect(names('检查用人单位2000户次。')).toEqual(['检查用人单位|2000|户次']);
  });

  it('should support the checks 开展 counts where 检查 stands right before the count, after a list closed by 等', () => {
    expect(names('开展燃气、消防等领域安全检查3轮次。')).toEqual(['燃气、消防等领域安全检查|3|轮次']);
    expect(names('开展医疗器械、化妆品等领域风险排查2轮次。')).toEqual(['医疗器械、化妆品等领域风险排查|2|轮次']);
  });

  it('should not support a count of checks inside the name of a rate (产前检查5次及以上覆盖率) as a count', () => {
    expect(names('孕妇产前检查5次及以上覆盖率达到96%。')).toEqual(['孕妇产前检查5次及以上覆盖率|96|%']);
  });
});

describe('indicators: a list whose last member opens with 其他 (退役军人和其他优抚对象)', () => {
  it('should support one metric for the member and the rest of its group', () => {
    expect(names('退役军人和其他优抚对象走访慰问覆盖率达到100%。')).toEqual(['退役军人和其他优抚对象走访慰问覆盖率|100|%']);
    expect(names('低保对象及其它困难群众医疗救助比例不低于70%。')).toEqual(['低保对象及其它困难群众医疗救助比例|70|%']);
  });

  it('should not support it where two groups are named each by itself (城镇和农村)', () => {
    expect(names('城镇和农村低保对象救助比例分别达到70%和65%。')).toEqual(['城镇低保对象救助比例|70|%', '农村低保对象救助比例|65|%']);
  });
});
