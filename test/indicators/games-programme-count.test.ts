// A sports games is laid out by the events it comprises: 体育 plans, their reviews and games announcements state a 运动会's programme
// as what it 设 (设竞赛项目38个, 设大项30个、小项380个, 共设22个比赛项目). That count describes the games, as a plan counting its own
// indicators describes itself; it is no level to reach (grammar eventProgrammeNouns, eventProgrammeVerbs). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const review = (...lines: string[]) => documentItems(['某市体育事业发展“十五五”规划', '第一章 发展基础', '“十四五”时期，全市体育事业蓬勃发展。', ...lines, '第二章 主要任务', '一、完善设施。新建体育公园4个。'].join('\n'));
const values = (items: string[]) => items.map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the events a games comprises (设竞赛项目N个) describe the games', () => {
  it('should support the programme of a games in a review as no indicator', async () => {
    expect(values(await review('成功承办第九届市运会，设竞赛项目27个。'))).toEqual(['4|个']);
    expect(values(await review('举办首届市民运动会，共设19个比赛项目。'))).toEqual(['4|个']);
    expect(values(await review('全市第六届农民运动会设大项12个、小项86个。'))).toEqual(['4|个']);
  });
  it('should not support a count of events the plan sets, bounded, or built (建设: no 设 of a programme), as no indicator', async () => {
    expect(values(await review('“十四五”期间新增市运会竞赛项目3个。'))).toEqual(['3|个', '4|个']);
    expect(values(await review('市运会青少年组设置竞赛项目不少于15个。'))).toEqual(['15|个', '4|个']);
    expect(values(await review('“十四五”期间建设3个竞赛项目训练基地。'))).toEqual(['3|个', '4|个']);
  });
});
