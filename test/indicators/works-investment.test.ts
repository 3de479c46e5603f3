// An investment with no project of its own (全年完成投资42亿元) after a clause that pushes named works on (加快…建设: grammar
// worksPushVerbs) is those works' investment (src/indicators/shapes.ts worksBefore), as 交通, 水利 and 重点项目 plans state a
// project's yearly investment; a clause between them without an amount (6月底前完成路基工程) does not part them. Not when the
// amount's clause names works of its own, nor when a count of projects stands between. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);
const plan = (body: string) => `某市交通运输局2027年工作要点\n一、重点任务\n${body}\n`;

describe('indicators: the investment of works pushed on in the clause before', () => {
  it('should support 加快…建设 before an investment with no project of its own', async () => {
    expect(await read(plan('加快推进临江至北山高速公路建设，全年完成投资36亿元。加快东湖水库扩容工程建设，完成年度投资2.5亿元以上。'))).toEqual([
      ['临江至北山高速公路投资', 36, '亿元'],
      ['东湖水库扩容工程年度投资', 2.5, '亿元'],
    ]);
  });

  it('should support a clause with no amount between the works and their investment', async () => {
    expect(await read(plan('加快省道218线改建工程建设，9月底前完成桥梁主体，年内完成投资3.8亿元。'))).toEqual([['省道218线改建工程投资', 3.8, '亿元']]);
  });

  it('should not support an investment whose clause names works of its own', async () => {
    expect(await read(plan('加快西河灌区建设，年内完成西河灌区节水改造投资1.2亿元。'))).not.toContainEqual(['西河灌区投资', 1.2, '亿元']);
  });

  it('should not support a count of projects between the works and the investment', async () => {
    expect(await read(plan('加快交通项目建设，实施重点项目45个，完成投资120亿元。'))).toEqual([
      ['重点项目', 45, '个'],
      ['重点项目完成投资', 120, '亿元'],
    ]);
  });
});
