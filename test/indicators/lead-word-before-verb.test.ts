// A verb of an object may start on the last character of a lead word before it: 力争创建 reads 力争|创建, not 力|争创|建, so the
// thing created is named whole (国家级卫生乡镇, not 建国家级卫生乡镇) (reading.ts leadSplit). Where no verb starts one character on
// (全力争创…), the verb found stands. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a verb right after a lead word that shares its first character', () => {
  it('should support 力争 before 创建 and 创成', async () => {
    expect(await read('力争创建省级慢性病综合防控示范区1个、国家卫生乡镇3个。')).toEqual([
      ['省级慢性病综合防控示范区', 1, '个'],
      ['国家卫生乡镇', 3, '个'],
    ]);
    expect(await read('力争创成省级临床重点专科2个。')).toEqual([['省级临床重点专科', 2, '个']]);
  });

  it('should not support moving past 争创 where no verb starts after it', async () => {
    expect(await read('全力争创省级示范性老年友好型社区4个。')).toEqual([['省级示范性老年友好型社区', 4, '个']]);
  });
});
