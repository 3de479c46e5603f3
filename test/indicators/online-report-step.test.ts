// 网络: the 信息报告 rules of disease control write the channel a report goes through before its verb, online as by phone or in
// writing (发现后在2小时内网络报告, as 电话报告 and 书面报告; grammars/indicators.yaml stepManners): the duration is the time the
// procedure allows, no bound on a metric. A rate or count of online reports with a target verb stays an item.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const items = (text: string) => indicators(text, ANNUAL_2024).map((i) => [i.value, i.unit]);

describe('the online channel before a reporting step', () => {
  it('should support reading the time before 网络报告 as a procedural limit', () => {
    expect(items('各哨点医院发现不明原因肺炎病例后须在12小时内网络报告。')).toEqual([]);
  });
  it('should support reading the time before 网络上报 as a procedural limit', () => {
    expect(items('学校出现聚集性发热病例的，校医应在4小时内网络上报。')).toEqual([]);
  });
  it('should not support dropping a rate of online reporting with a target verb', () => {
    expect(items('食源性疾病病例网络报告率达到90%以上。')).toEqual([[90, '%']]);
  });
});
