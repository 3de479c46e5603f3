// A revising verb (更新, 修订, 修编) right before a count of times after the period it recurs in (每年更新一次…目录, 每两年修订1次…预案)
// gives the revision cycle of a list, a catalogue, a plan or a record an organ keeps, a standing routine as 名单每两年更新一次 is, not
// a target (grammar revisionVerbs); a bound word, or no cadence, still sets one. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) =>
  (await extract(['某市卫生健康信息化建设三年行动方案', '', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit]);

describe('indicators: a revision cycle of what an organ keeps', () => {
  it('should support a yearly update of a catalogue as no item', async () => {
    expect(await items('依托市级平台建设共享系统，每年更新一次共享数据目录。')).toEqual([]);
    expect(await items('每两年修订1次突发事件卫生应急预案。')).toEqual([]);
    expect(await items('每年修编1次区域卫生信息标准清单。')).toEqual([]);
  });

  it('should not support a revision count with a bound word or with no cadence as no item', async () => {
    expect(await items('每年至少更新1次基层用药目录。')).toEqual([[1, '次']]);
    expect(await items('全年组织修订应急预案3次。')).toEqual([[3, '次']]);
    expect(await items('每年开展2次应急演练。')).toEqual([[2, '次']]);
  });
});
