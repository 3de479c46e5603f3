// A WeChat 公众号 copy whose targets are a bulleted list and whose post line names the account (genre g161 showed it):
// documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const post = (...bullets: string[]): string =>
  doc(
    '某县发布丨2026年全县水利工作要点来了！',
    '原创 某县水利 某县水利局 2026年03月02日 08:40 湖南',
    '近日，县水利局印发《某县水利局2026年工作要点》，明确了全年目标任务。一起来看👇',
    '🎯2026年目标任务',
    ...bullets,
    '📌重点工作',
    '一、加快水利工程建设',
    '1.推进灌区改造。完成灌区续建配套改造3万亩。',
    '来源：某县水利局',
  );

describe('meta title: a list set off by check marks', () => {
  it('should support the title a news lead names when ✅ items without a sentence end stand over a heading that ends in a genre word', async () => {
    const a = await meta(post('✅农村自来水普及率达到96%以上', '✅水土流失治理面积不低于12平方公里'));
    expect(a.title).toBe('某县水利局2026年工作要点');
  });

  it('should support the same with ☑ and ✔ marks', async () => {
    const a = await meta(post('☑新建堤防5公里', '✔️山塘整治30座'));
    expect(a.title).toBe('某县水利局2026年工作要点');
  });

  it('should not support a bullet-free title line as a list item', async () => {
    const a = await meta(doc('某县水利局2026年工作要点', '一、加快水利工程建设', '1.推进灌区改造。完成灌区续建配套改造3万亩。', '某县水利局', '2026年3月2日'));
    expect(a.title).toBe('某县水利局2026年工作要点');
  });
});

describe('meta issuer: a WeChat post line is no organ name of the document', () => {
  it('should support the organ the 来源 line names, not the account names run into it on the post line', async () => {
    const a = await meta(post('✅新建堤防5公里。'));
    expect(a.issuer).toBe('某县水利局');
  });
});
