// A paragraph of goals often opens with a run-in label and its colon (主要目标：, 工作目标：, 总体目标：) and states the deadline right
// after it (主要目标：到2030年，…基本建立。每千人口…达到…): the label is no clause of its own, so the deadline opens the sentence and
// governs the paragraph's later sentences as it does without the label (src/indicators/extract.ts openingClauseEnd). A long lead
// (a clause ending in a colon) or one with a number keeps its reading. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (body: string) =>
  (await extract(`某市康复医疗服务发展实施方案（2027—2031年）\n一、总体要求\n${body}\n二、重点任务\n（一）完善体系。建设康复专科联盟3个。\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]);

describe('indicators: a deadline after a run-in goal label governs the paragraph', () => {
  it('should support the deadline after 主要目标： for the sentences after it', async () => {
    expect(await read('主要目标：到2031年，全市康复医疗服务体系基本健全。每十万人口康复医师数达到8人，二级以上综合医院设置康复医学科的比例达到95%。')).toEqual([
      ['每十万人口康复医师数', 8, 2031],
      ['二级以上综合医院设置康复医学科的比例', 95, 2031],
      ['康复专科联盟', 3, null],
    ]);
  });

  it('should support a half-width colon and another label (工作目标:)', async () => {
    expect((await read('工作目标:到2029年，康复服务能力明显提升。康复床位总数达到1200张。'))[0]).toEqual(['康复床位总数', 1200, 2029]);
  });

  it('should not support a long lead before the colon as a label', async () => {
    // The lead is a clause of its own (a sentence that introduces, not a label): the deadline after it is read as before.
    expect((await read('经市政府常务会议研究同意，现就康复医疗工作提出如下目标：到2031年，体系基本健全。康复床位总数达到1200张。'))[0]).toEqual(['康复床位总数', 1200, null]);
  });
});
