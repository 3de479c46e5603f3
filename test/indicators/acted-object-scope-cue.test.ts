// An actual cue (已建成, 现有) after 对 and a scope word (对全县已建成的…, 对全市现有的…) opens the object of the action, as right after 对:
// plans name the territory's existing works a check or a repair is done to (对全县已建成的186处人防工程开展检查), and the rate set after
// it (达标率达到90%以上) is a target of the plan, not a level reached (g644's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const kinds = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 2).concat(b.split('|').slice(4)).join('|'));

describe('indicators: an actual cue after 对 and a scope word opens the object acted on (对全县已建成的…)', () => {
  it('should support the rate after such an object as a target of the plan year', () => {
    expect(kinds('对全市已建成的52个口袋公园开展养护评估，养护达标率达到95%以上。')).toEqual(['52|target|2027', '95|target|2027']);
    expect(kinds('对全区现有的38家养老机构开展消防安全检查，隐患整改率达到100%。')).toEqual(['38|target|2027', '100|target|2027']);
  });
  it('should not support a cue with no 对 before it, or a cue that states what stands, as an object acted on', () => {
    expect(kinds('全县已建成口袋公园52个，养护达标率达到95%。')).toEqual(['52|actual|', '95|actual|']);
    expect(kinds('目前全市已建成的口袋公园养护达标率为93%。')).toEqual(['93|actual|']);
  });
});
