// An agent engaged by 聘请, 委托, 组织 … to carry out an act (开展, 举办, 进行): a count of acts after the act's object is the act's, and
// neither the engaging verb nor the agent is part of its name (grammars/indicators.yaml engagingVerbs, engagedActs). A count of
// people (人次, 名) counts the agents taking part, so the agent stays.
import { describe, expect, it } from 'vitest';
import { MULTI_YEAR, indicators } from './helpers.js';

const items = (text: string) => indicators(text, MULTI_YEAR).map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('the act of an engaged agent', () => {
  it('should support a hired agent and a bounded count of the act', () => {
    expect(items('聘请专业评估机构开展群众满意度测评不少于3次。')).toEqual([['群众满意度测评', 3, '次', '>=']]);
  });
  it('should support an entrusted agent (a verb counting nothing of its own)', () => {
    expect(items('委托第三方检测机构开展水质检测不少于4轮。')).toEqual([['水质检测', 4, '轮', '>=']]);
  });
  it('should support organized experts holding sessions', () => {
    expect(items('组织市级专家举办基层适宜技术培训班12期以上。')).toEqual([['基层适宜技术培训班', 12, '期', '>=']]);
  });
  it('should not support dropping the agents a count of people counts', () => {
    expect(items('组织家庭医生团队开展上门随访不少于5000人次。')).toEqual([['家庭医生团队开展上门随访', 5000, '人次', '>=']]);
  });
  it('should not support reading a verb inside the organized object as the act', () => {
    expect(items('组织残疾人专场招聘活动6场以上。')).toEqual([['残疾人专场招聘活动', 6, '场', '>=']]);
  });
});
