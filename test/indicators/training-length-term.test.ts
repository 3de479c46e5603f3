// How long a training programme lasts, said with a copula after 培训时间 (住院医师规范化培训时间为3年): a term of the programme's
// rule the plan restates, as its 培训期 and 培训年限 are, never a level it sets; a floor on the time each person trains stays.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

describe('the length of a training programme (…培训时间为N年) is no item', () => {
  it('should support a training programme\'s length as no item', () => {
    expect(brief(indicators('建立助产士规范化培训制度，培训时间为1年。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('招收全科医生转岗学员40名，培训时间一般为12个月。', MULTI_YEAR))).toEqual(['全科医生转岗学员|40|名|=|target|']);
  });
  it('should not support dropping a floor or a cut on the time each person trains', () => {
    expect(brief(indicators('村医每年参加集中培训时间不少于10天。', MULTI_YEAR))).toEqual(['村医每年参加集中培训时间|10|天|>=|target|']);
    expect(brief(indicators('药师年度培训时间不少于30学时。', ANNUAL_2024)).map((b) => b.split('|').slice(1, 4).join('|'))).toEqual(['30|学时|>=']);
  });
});
