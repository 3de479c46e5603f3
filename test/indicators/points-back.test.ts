// A subject that only points back at the metrics named before it (上述指标, 两项指标, 以上三项指标) before a distributor is no metric
// of its own: its values are those metrics' later milestones, in order (src/indicators/shapes.ts, metric.ts pointsBackAtMetrics).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市卫生健康事业发展规划（2026—2030年）\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year, i.text]);

describe('indicators: a subject that points back at the metrics before it', () => {
  it('should support 上述指标 in the next part of the sentence', async () => {
    expect(await read('到2028年，全市儿童青少年总体近视率下降到48%，新发近视率下降到5%；到2030年，上述指标分别下降到45%和4%。')).toEqual([
      ['儿童青少年总体近视率', 48, 2028, '全市儿童青少年总体近视率下降到48%'],
      ['新发近视率', 5, 2028, '新发近视率下降到5%'],
      ['儿童青少年总体近视率', 45, 2030, '上述指标分别下降到45%和4%'],
      ['新发近视率', 4, 2030, '上述指标分别下降到45%和4%'],
    ]);
  });

  it('should support a count of items in the same clause chain', async () => {
    expect(await read('2028年居民健康素养水平、心理健康素养水平分别达到35%和30%，2030年以上两项指标分别达到40%和35%。')).toEqual([
      ['居民健康素养水平', 35, 2028, '居民健康素养水平、心理健康素养水平分别达到35%和30%'],
      ['心理健康素养水平', 30, 2028, '居民健康素养水平、心理健康素养水平分别达到35%和30%'],
      ['居民健康素养水平', 40, 2030, '两项指标分别达到40%和35%'],
      ['心理健康素养水平', 35, 2030, '两项指标分别达到40%和35%'],
    ]);
  });

  it('should not support a name that holds the word for an indicator among its own words', async () => {
    expect((await read('到2030年，绩效考核指标分别达到90分和85分。')).map((i) => i[0])).not.toContain('儿童青少年总体近视率');
    expect((await read('到2030年，健康城市建设指标达标率达到90%。'))[0]?.[0]).toBe('健康城市建设指标达标率');
  });
});
