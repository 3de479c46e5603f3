// A count alone in brackets closing a heading (（二）基层医疗卫生机构建设项目（3个）, 一、经济发展（7项）) tallies the items its section
// lists, as 项目计划 and 任务分解 documents title their groups: no target, though a verb of building stands in the heading's words.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { documentItems, indicators } from './helpers.js';

describe('a heading’s tally of its items', () => {
  it('should support no item for a bracketed count closing a heading whose words hold a building verb', async () => {
    const doc = '某县2027年医疗卫生项目建设计划\n\n一、重点项目\n（一）基层医疗机构建设项目（4个）\n年内完成4所乡镇卫生院业务用房改造。\n（二）公共卫生项目（2个）\n建成县疾控中心实验楼。\n';
    expect((await documentItems(doc)).map((s) => s.split('|').slice(0, 3).join('|'))).toEqual(['乡镇卫生院业务用房改造|4|所']);
  });
  it('should support no item for a tally in ASCII brackets at the end of a line', () => {
    expect(indicators('（三）新建扩建项目(3个)')).toEqual([]);
  });
  it('should not support dropping a count in brackets that a sentence goes on after', () => {
    expect(indicators('新建村卫生室（5个）并全部投入使用。').map((i) => `${i.value}${i.unit}`)).toEqual(['5个']);
  });
  it('should not support dropping a count that opens its bracket with words', () => {
    expect(indicators('完成乡镇卫生院提标改造（其中新建2个）').map((i) => `${i.value}${i.unit}`)).toEqual(['2个']);
  });
});
