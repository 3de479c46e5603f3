// A threshold closed by 的 and followed straight by the award a 表彰/激励 rule grants (授予, 颁发, 给予, 予以) says who is honoured,
// not a level the plan sets. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市志愿服务激励工作方案（2026—2028年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);

describe('indicators: award thresholds before the award', () => {
  it('should not support counts of acts that qualify for an award granted with 授予', async () => {
    const out = await items(['一、激励措施', '注册志愿者参加应急救援服务30次以上的授予优秀应急志愿者称号，15次以上的授予先进个人称号。']);
    expect(out).toEqual([]);
  });

  it('should not support a service time reached that a certificate or a commendation follows (颁发, 给予)', async () => {
    const out = await items(['一、激励措施', '累计服务时长满800小时以上的颁发三星志愿者证书，累计参加献血宣传活动20场以上的给予通报表扬。']);
    expect(out).toEqual([]);
  });

  it('should support a target written before 的目标 or with its own verb beside the award rule', async () => {
    const out = await items(['一、工作目标', '到2028年，全市注册志愿者人数达到12万人以上，对服务满100小时的志愿者给予星级认定。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[12, '万人', '>=']]);
  });
});
