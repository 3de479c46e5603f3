// 新增 / 净增 right before a count of things that attain a standard (新增3家乡镇卫生院达到推荐标准): the plan counts the things
// newly attaining it, named by the act as after 力争. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: an addition to the things that attain a standard', () => {
  it('should support 新增 before a count whose noun a verb of attaining follows, the standard quoted or not', () => {
    expect(items('全县新增4个社区卫生服务中心达到“优质服务基层行”推荐标准。')).toEqual(['达到“优质服务基层行”推荐标准的社区卫生服务中心|4|个|=|target|2024']);
    expect(items('新增2家乡镇卫生院达到服务能力基本标准。')).toEqual(['达到服务能力基本标准的乡镇卫生院|2|家|=|target|2024']);
  });
  it('should support 净增 before things passing an assessment', () => {
    expect(items('净增3所学校通过义务教育优质均衡发展评估。')).toEqual(['通过义务教育优质均衡发展评估的学校|3|所|=|target|2024']);
  });
  it('should not support 新增 before a count whose noun no verb of attaining follows (the things added are counted by their noun)', () => {
    expect(items('新增3家乡镇卫生院，改造村卫生室10个。').map((b) => b.split('|')[0])).toEqual(['乡镇卫生院', '村卫生室']);
  });
  it('should not support 新建, which builds things: they attain nothing yet', () => {
    expect(items('新建2所学校，达到省级标准化学校建设要求。').map((b) => b.split('|')[0])).toEqual(['学校']);
  });
});
