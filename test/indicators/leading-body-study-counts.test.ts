// How a 党委, 党组 or 政府 sets the number of times it takes a matter up at its meetings: 每年至少专题研究X工作N次 and
// 专题研究X工作不少于N次 are the standard targets of 责任制 and 创建 documents (意识形态, 安全生产, 爱国卫生, 河湖长制), a count of
// work after the verb and its object with a bound word, as 每年至少召开2次专题会议 is; without a bound word the same count is a
// cadence (每季度专题研究1次), a working rule and not a target.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'study.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某县2027年安全生产工作要点', ...lines].join('\n');

describe('indicators: the times a leading body takes a matter up', () => {
  it('should support 每年至少专题研究…N次 as a count with its bound word', async () => {
    expect(await items(plan('一、压实责任', '县委常委会每年至少专题研究安全生产工作4次。'))).toEqual([['专题研究安全生产工作', 4, '次', '>=']]);
  });

  it('should support 至少专题研究…N次 after a subject that names the body', async () => {
    expect(await items(plan('一、落实河长制', '各乡镇党委每半年至少专题研究河湖管护工作1次，及时解决突出问题。'))).toEqual([['专题研究河湖管护工作', 1, '次', '>=']]);
  });

  it('should not support a cadence of 专题研究 with no bound word as a target', async () => {
    expect(await items(plan('一、压实责任', '县政府每季度专题研究1次安全生产工作。'))).toEqual([]);
  });

  it('should not support 专题研究 with no count (专题研究部署, 专题研究解决)', async () => {
    expect(await items(plan('一、压实责任', '县政府常务会议专题研究部署安全生产工作，专题研究解决重大隐患整改问题。'))).toEqual([]);
  });
});
