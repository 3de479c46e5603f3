// 为 + a count of people + a health service done for them (为6000名适龄女生接种HPV疫苗, 为2万名农村妇女筛查宫颈癌): the count is the
// target of the service, as with 提供/开展 (grammar benefactiveVerbs 接种, 筛查, 检查, 减免, 资助). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、重点任务\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: 为 a count of people and the health service done for them', () => {
  it('should support a vaccination for the people counted', async () => {
    expect(await read('全年免费为4800名适龄女生接种HPV疫苗。')).toEqual([['为适龄女生接种HPV疫苗', 4800, '名']]);
  });

  it('should support a screening and a check', async () => {
    expect(await read('为1.5万名农村妇女免费筛查乳腺癌。')).toEqual([['为农村妇女免费筛查乳腺癌', 1.5, '万名']]);
    expect(await read('为900名中小学生检查视力。')).toEqual([['为中小学生检查视力', 900, '名']]);
  });

  it('should support fees waived and premiums paid for the people counted', async () => {
    expect(await read('为320名困难群众减免住院费用。')).toEqual([['为困难群众减免住院费用', 320, '名']]);
    expect(await read('为2600名低保对象资助参加城乡居民医保。')).toEqual([['为低保对象资助参加城乡居民医保', 2600, '名']]);
  });

  it('should not support 为 before a count with no service after it', async () => {
    expect(await read('为300名新入职护士举行欢迎仪式。')).toEqual([]);
  });
});
