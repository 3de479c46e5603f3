// 扶持 and 资助 count the people and bodies a programme supports or funds (扶持创业人数, 资助学生人次 in 人社, 教育 and 残联
// statistics), not those there are: the verb stays in the name, as it does after 救助 and 安置. Where 扶持 or 资助 only
// qualifies a noun (扶持资金, 资助资金) the verb that governs the clause names the count as before.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: 扶持 and 资助 before the people or bodies counted', () => {
  it('should support 扶持 in the name of a count of people supported in starting up', async () => {
    expect(await read('某县2027年就业创业工作要点\n全年扶持创业1600人，扶持退役军人自主创业300人以上。')).toEqual([
      ['扶持创业', 1600, '人', '='],
      ['扶持退役军人自主创业', 300, '人', '>='],
    ]);
  });

  it('should support 资助 in the name of a count of students funded', async () => {
    expect(await read('某区2027年教育工作要点\n资助困难家庭学生2400人次。')).toEqual([['资助困难家庭学生', 2400, '人次', '=']]);
  });

  it('should support 扶持 in the name of a count of bodies supported', async () => {
    expect(await read('某市2027年残疾人工作要点\n扶持残疾人辅助性就业机构6家。')).toEqual([['扶持残疾人辅助性就业机构', 6, '家', '=']]);
  });

  it('should not support 资助 or 扶持 as the verb of a fund another verb pays out', async () => {
    expect(await read('某县2027年工作要点\n发放学生资助资金1800万元，兑现产业扶持资金5000万元。')).toEqual([
      ['学生资助资金', 1800, '万元', '='],
      ['兑现产业扶持资金', 5000, '万元', '='],
    ]);
  });
});
