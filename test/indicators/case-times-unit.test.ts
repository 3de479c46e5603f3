// 件次: letters, visits and hotline requests counted per time, the unit of 信访 and 12345热线 statistics (受理群众来信来访1200件次),
// read before 件 as 人次 before 人, so the 次 is not taken for the counted noun.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'letters.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某区信访局2027年工作要点', '一、主要任务', ...lines].join('\n');

describe('indicators: the unit 件次', () => {
  it('should support letters and visits counted in 件次', async () => {
    expect(await items(plan('全年办理群众来信来访不少于900件次。'))).toEqual([['群众来信来访', 900, '件次', '>=']]);
  });

  it('should support hotline requests counted in 万件次', async () => {
    expect(await items(plan('全年承办12345热线诉求4.2万件次。'))).toEqual([['承办12345热线诉求', 4.2, '万件次', '=']]);
  });

  it('should not support a part after 其中 in 件 as a new unit of its own noun 次', async () => {
    const got = await items(plan('全年接待群众来访520件次，其中化解信访积案80件。'));
    expect(got.map((i) => i[2])).toEqual(['件次', '件']);
  });
});
