// A rate of the links between two parties (A与B联通率, A和B互联互通率): the connection words 联通, 互通, 互联, 互认, 贯通 name a
// link that two sides share, so the joiner before the last conjunct means "with" and the rate is one metric of the pair, as
// 签约合作 and 对接 are (grammar relationWords). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const metricValue = (s: string): string[] => brief(indicators(s, ANNUAL_2024)).map((b) => b.split('|').slice(0, 2).join('|'));

describe('a rate of the links between two parties (A与B联通率)', () => {
  it('should support A与B before a connection word as one metric', () => {
    expect(metricValue('急救调度平台与二级以上医院急诊科联通率达到100%。')).toEqual(['急救调度平台与二级以上医院急诊科联通率|100']);
    expect(metricValue('区域全民健康信息平台与医保信息平台互通率达到95%以上。')).toEqual(['区域全民健康信息平台与医保信息平台互通率|95']);
    expect(metricValue('县级医院与乡镇卫生院检查检验结果互认率达到80%。')).toEqual(['县级医院与乡镇卫生院检查检验结果互认率|80']);
  });
  it('should not support it without a connection word: A和B…率 are two rates', () => {
    expect(metricValue('城市社区和农村地区健康档案建档率分别达到90%和85%。')).toEqual(['城市社区健康档案建档率|90', '农村地区健康档案建档率|85']);
  });
});
