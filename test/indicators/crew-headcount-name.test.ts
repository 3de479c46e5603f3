// Plans size the crews they set up one by one (组建卫生应急队伍4支，每支队伍不少于30人): a bound on the people of each crew, whose
// subject is 每 + a classifier + the crew's noun, is the crew's headcount, named by that subject and 人数 (as the set's gold names
// 每支队伍人数), as a size bound written before a crew's noun already is (1支不少于20人的队伍 → 队伍人数). A bound on people of a place
// (每个社区不少于2名社工) or a name that already ends in its measure keeps its name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the headcount bound of each crew (每支队伍不少于30人)', () => {
  it('should support a bound on the people of each crew as the crew\'s headcount', () => {
    expect(names('组建区级防汛抢险队伍5支，每支队伍不少于40人。')).toEqual(['区级防汛抢险队伍|5|支', '每支队伍人数|40|人']);
    expect(names('组建督导工作组6个，每个工作组不超过7名。')).toEqual(['督导工作组|6|个', '每个工作组人数|7|名']);
  });
  it('should not support bounds on people of a place, or names with their measure, as a crew\'s headcount', () => {
    expect(names('每个村不少于3名网格员。')).toEqual(['网格员|3|名']);
    expect(names('每个家庭医生团队签约人数不超过1800人。')).toEqual(['每个家庭医生团队签约人数|1800|人']);
  });
});
