// A length or area of works listed among counts after one verb (新建口袋公园8个、绿道30公里、停车场12个): the verb written once
// sets every member of the list, whatever its unit (INDICATORS.md: one verb over several counts, one item per member); a member
// written with a length in the middle of the list used to end the list, and the counts after it were lost. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('a size among the members of a count list keeps the shared verb', () => {
  it('should support the counts after a length in a list that one verb opens', () => {
    expect(brief(indicators('全年新建口袋公园8个、滨河绿道30公里、公共停车场12个。', ANNUAL_2024))).toEqual([
      '口袋公园|8|个|=|target|2024', '滨河绿道|30|公里|=|target|2024', '公共停车场|12|个|=|target|2024',
    ]);
  });
  it('should support the counts after an area in such a list, also past a comma', () => {
    expect(brief(indicators('改造提升农贸市场5个、城市绿地15公顷、社区健身广场20处。', ANNUAL_2024))).toEqual([
      '农贸市场|5|个|=|target|2024', '城市绿地|15|公顷|=|target|2024', '社区健身广场|20|处|=|target|2024',
    ]);
    expect(brief(indicators('全年新建乡村卫生室6个、农村公路45公里，村级文化广场9个。', ANNUAL_2024))).toEqual([
      '乡村卫生室|6|个|=|target|2024', '农村公路|45|公里|=|target|2024', '村级文化广场|9|个|=|target|2024',
    ]);
  });
  it('should not support a shared verb for a size in a clause of its own verb', () => {
    expect(brief(indicators('全年新建口袋公园8个，整治河道30公里。', ANNUAL_2024))).toEqual([
      '口袋公园|8|个|=|target|2024', '整治河道|30|公里|=|target|2024',
    ]);
  });
});
