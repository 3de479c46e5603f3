// The term a programme runs, said with a copula after its term noun, also with a hedge before the copula (工作室建设周期为3年,
// 规范化培训年限为3年, 进修时间一般为6个月, 帮扶期限原则上为2年): a term of the programme's rule the plan restates, never a level it
// sets (INDICATORS.md: durations in procedural rules not phrased as a target). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('the term a programme runs (…周期为N年, …年限为N年) is no item', () => {
  it('should support a build cycle or a training length as no item', () => {
    expect(brief(indicators('遴选建设专科联盟10个，每个联盟建设周期为2年。', ANNUAL_2024))).toEqual(['专科联盟|10|个|=|target|2024']);
    expect(brief(indicators('助理全科医生培训年限为2年。', ANNUAL_2024))).toEqual([]);
  });
  it('should support a study stay with a hedge before its copula as no item', () => {
    expect(brief(indicators('选派乡镇卫生院医师到县医院进修，进修时间一般为3个月。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('城乡医院对口支援，支援期限原则上为1年。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support dropping a cycle a plan bounds or shortens', () => {
    expect(brief(indicators('大型医用设备更新周期缩短至8年以内。', ANNUAL_2024))).toEqual(['大型医用设备更新周期|8|年|<=|target|2024']);
    expect(brief(indicators('医师定期考核周期不超过2年。', ANNUAL_2024))).toEqual(['医师定期考核周期|2|年|<=|target|2024']);
  });
});
