// Phrasings of forestry and farmland plans copied from portals (genre g265-g266 showed them): sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, MULTI_YEAR, brief, indicators } from './helpers.js';

const kinds = (text: string, plan = MULTI_YEAR): string[] => brief(indicators(text, plan)).map((b) => b.split('|').slice(1, 5).join('|'));

describe('indicators: a rise of quality over an area of land is works of that size (森林质量精准提升200万亩)', () => {
  it('should support 提升 right before an area in 万亩 as a target of works, not a change', () => {
    expect(kinds('到2030年，累计完成退化林修复12万亩、林相改善提升45万亩。')).toEqual(['12|万亩|=|target', '45|万亩|=|target']);
    expect(kinds('全年完成竹林经营质量提升3.5万亩。', ANNUAL_2024)).toEqual(['3.5|万亩|=|target']);
  });

  it('should support naming the works with their verb (林相改善提升, not 林相改善)', () => {
    expect(brief(indicators('到2030年，累计完成退化林修复12万亩、林相改善提升45万亩。')).map((b) => b.split('|').slice(0, 2).join('|'))).toEqual(['退化林修复|12', '林相改善提升|45']);
  });

  it('should support 提升 before an area in 公顷 the same way', () => {
    expect(kinds('完成湿地生态功能提升800公顷。', ANNUAL_2024)).toEqual(['800|公顷|=|target']);
  });

  it('should not support other rise verbs before an area, nor 提升 before other units, as works', () => {
    expect(kinds('全县耕地保有量增加1.2万亩。', ANNUAL_2024)).toEqual(['1.2|万亩|=|change']);
    expect(kinds('全市林业产值提升15亿元。', ANNUAL_2024)).toEqual(['15|亿元|=|change']);
    expect(kinds('森林覆盖率提升1.5个百分点。')).toEqual(['1.5|个百分点|=|change']);
  });
});

describe('indicators: the text of an item after a bold run-in heading of a markdown copy', () => {
  it('should support the text starting at the metric, not at the ** that closes the heading before it', async () => {
    const { extract } = await import('../../src/pipeline.js');
    const text = '# 某县2027年林业工作要点\n\n**一、重点任务**\n\n**（一）抓好造林绿化。** 新植珍贵树种12万株，完成低效林改造3.2万亩。\n\n**（二）加强资源保护。**全县林地保有量稳定在210万亩以上。\n';
    const plan = await extract(text, { path: 'x.md' });
    expect(plan.indicators.map((i) => i.text)).toEqual(['新植珍贵树种12万株', '完成低效林改造3.2万亩', '全县林地保有量稳定在210万亩以上']);
    for (const i of plan.indicators) expect(text.slice(i.position.start.offset, i.position.end.offset)).toBe(i.text);
  });

  it('should not support trimming anything of an item\'s text in plain text', async () => {
    const { extract } = await import('../../src/pipeline.js');
    const plan = await extract('一、重点任务\n全县林地保有量稳定在210万亩以上。\n');
    expect(plan.indicators.map((i) => i.text)).toEqual(['全县林地保有量稳定在210万亩以上']);
  });
});
