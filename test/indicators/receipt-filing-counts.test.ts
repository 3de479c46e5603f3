// 收到, 立案: the proposals, letters and applications a 政协, 人大, 信访 or 复议 office receives and files in its year are the first
// counts of every 提案工作 and 信访 review (共收到提案N件，经审查立案N件): counts of work done, the verb kept in the name. A time
// limit counted from the day of receipt (自收到申请之日起15日内) stays none.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'receipt.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.kind]);

// An annual plan whose preamble looks back on the year before (过去一年，…): the review sentence is read as a plan's.
const review = (...lines: string[]) => ['政协某市委员会常务委员会2027年工作要点', ...lines, '一、加强提案工作', '1.提高提案质量。全年立案提案不少于300件。'].join('\n');
const plan = (...lines: string[]) => ['某县司法局2027年工作要点', '一、主要任务', ...lines].join('\n');

describe('indicators: counts received and filed', () => {
  it('should support proposals received after 收到 as a count of work done', async () => {
    expect(await items(review('过去一年，市政协共收到委员和参加单位提案356件，提案办复率100%。'))).toEqual([
      ['收到委员和参加单位提案', 356, '件', 'actual'],
      ['提案办复率', 100, '%', 'actual'],
      ['立案提案', 300, '件', 'target'],
    ]);
  });

  it('should support the proposals filed right after 立案 as a count of work done', async () => {
    const got = await items(review('过去一年，市政协共收到提案412件，经审查立案371件，办复率100%。'));
    expect(got.map((i) => i[1])).toEqual([412, 371, 100, 300]);
    expect(String(got[1]?.[0])).toContain('立案');
  });

  it('should support letters received in a review sentence', async () => {
    expect((await items(review('去年，县信访局共收到群众来信860件，按期办结率98%。')))[0]).toEqual(['收到群众来信', 860, '件', 'actual']);
  });

  it('should not support a time limit counted from the day of receipt', async () => {
    expect(await items(plan('行政复议机构自收到申请之日起15日内作出是否受理的决定。'))).toEqual([]);
  });
});
