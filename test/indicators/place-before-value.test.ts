// A measure parted by place with no verb (平均急救反应时间城区12分钟、农村20分钟): the place between the metric's head and its value,
// and the next place after 、 with a value in the same unit, each give that place's level of the metric, as statistics part a measure
// by place (src/indicators/reading.ts placeAfterHead, placeListedAfter). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某市2027年卫生应急工作要点\n一、工作目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a measure parted by place with no verb', () => {
  it('should support a place between the head and the value, and the next place after 、', async () => {
    expect(await read('院前急救平均到达时间城区15分钟、农村25分钟。')).toEqual([
      ['城区院前急救平均到达时间', 15, '分钟'],
      ['农村院前急救平均到达时间', 25, '分钟'],
    ]);
  });

  it('should not support a place after a noun that is no metric head', async () => {
    expect(await read('急救站点城区3个。')).toEqual([]);
  });

  it('should not support a place after 、 in another unit', async () => {
    expect((await read('急救平均反应时间城区12分钟、农村3个站点。')).map((i) => i[1])).toEqual([12]);
  });
});
