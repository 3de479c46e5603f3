// A part after 其中 that counts how many of the institutions the clause before names attain a higher grade (乡镇卫生院全部达到
// 基本标准，其中3家达到推荐标准): the counted noun is left out after 其中 and the verb of attaining follows the unit. It is the
// count of 达到推荐标准的乡镇卫生院, as 2家乡镇卫生院达到推荐标准 is (attainedByCount). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年卫生健康工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}|${i.kind}|${i.text}`);

describe('indicators: 其中 N家 达到 …, the whole named before', () => {
  it('should support 其中N家达到推荐标准 after a clause whose institutions all attain the basic grade', async () => {
    const out = await items(['一、夯实基层', '全县社区卫生服务中心全部达到服务能力基本标准，其中3家达到推荐标准。']);
    expect(out).toEqual(['达到推荐标准的社区卫生服务中心|3|家|target|3家达到推荐标准']);
  });

  it('should support the part after a count of the whole and a distributor (全县9个乡镇卫生院均达到…，其中2个达到…)', async () => {
    const out = await items(['一、夯实基层', '到年底，全县9个乡镇卫生院均达到“优质服务基层行”基本标准，其中2个达到推荐标准。']);
    expect(out.at(-1)).toBe('达到推荐标准的乡镇卫生院|2|个|target|2个达到推荐标准');
  });

  it('should support the part after a rate of the whole in a review (…的比例为85%，其中5家达到…)', async () => {
    const out = await items(['一、工作回顾', '2026年，乡镇卫生院达到服务能力基本标准的比例为85%，其中5家达到推荐标准。']);
    expect(out.at(-1)).toBe('达到推荐标准的乡镇卫生院|5|家|actual|5家达到推荐标准');
  });

  it('should not support a part after 其中 with no verb of attaining, nor one whose whole is no institution', async () => {
    expect(await items(['一、重点工作', '全县培训乡村医生600人次，其中3家开展远程会诊。'])).not.toContainEqual(expect.stringContaining('3|家'));
    expect(await items(['一、重点工作', '全县学生体质健康合格率稳步提升，其中3项达到优秀。'])).not.toContainEqual(expect.stringContaining('3|项'));
  });
});

describe('indicators: 其中 N所 达到 …, a bracketed whole', () => {
  it('should support a whole with a bracket after its noun (乡镇卫生院（社区卫生服务中心）)', async () => {
    const out = await items(['一、工作现状', '截至2026年底，全县累计有6所乡镇卫生院（社区卫生服务中心）达到服务能力基本标准，其中3所达到推荐标准。']);
    expect(out.at(-1)).toBe('达到推荐标准的乡镇卫生院（社区卫生服务中心）|3|所|actual|3所达到推荐标准');
  });
});
