// A compound noun ending in 量 ("the amount of") names a statistic whose value target lists give bare after it (旅客发送量120万人次,
// 政务服务办件量45万件, 快递揽收量9000万件), as they give the listed amount heads (吞吐量, 门诊量): any such noun heads its count.
// Not a word whose 量 is no amount of a statistic (质量, 尽量, 测量), nor the rain and water nature sets (降雨量). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (...lines: string[]) => documentItems(['某市邮政管理局2027年工作要点', '一、主要目标', ...lines].join('\n'));
const items = async (...lines: string[]) => (await plan(...lines)).map((b) => b.split('|').slice(0, 5).join('|'));

describe('indicators: a compound noun ending in 量 heads a bare count', () => {
  it('should support a count after a noun ending in 量 as a target', async () => {
    expect(await items('2027年，全市快递揽收量2.6亿件，邮件投递量4800万件。')).toEqual(['快递揽收量|2.6|亿件|=|target', '邮件投递量|4800|万件|=|target']);
    expect(await items('2027年，政务新媒体稿件阅读量1500万次。')).toEqual(['政务新媒体稿件阅读量|1500|万次|=|target']);
  });
  it('should not support a word whose 量 names no amount, nor the rain of a year, as a head', async () => {
    expect(await items('2027年，服务质量3项。')).toEqual([]);
    expect(await items('2026年，全市平均降雨量1420毫米。')).toEqual([]);
  });
});
