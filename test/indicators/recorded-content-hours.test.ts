// Recorded content is counted by its running time: 公共文化 (文化馆, 图书馆, 博物馆), 广电 and 教育 plans set the digital resources
// they build in hours of video and audio (新建数字资源200小时), as they set storage in TB. Hours right after a noun of recorded
// content are an amount of content to deliver, whatever verb opens the clause; hours after anything else are a span of time, a
// level only with a bound or a target verb (g659's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: the running time of recorded content (新建数字资源N小时)', () => {
  it('should support hours of recorded content built in the plan year as an indicator', () => {
    expect(values('全年新增地方文献数字资源150小时。')).toEqual(['150|小时|=']);
    expect(values('拍摄制作老艺人口述史等音像资料80小时，充实特色资源库。')).toEqual(['80|小时|=']);
  });
  it('should not support hours that are a span of time, with no bound or target verb, as an indicator', () => {
    expect(values('图书馆实行24小时自助借还服务。')).toEqual([]);
    expect(values('组织党员观看红色教育视频时长2小时。')).toEqual([]);
    expect(values('每场讲座时长2小时，全年举办讲座不少于20场。')).toEqual(['20|场|>=']);
  });
});
