// A township's plan: its metrics scoped by 全乡 / 全镇 / 全街道, and a level spread over all its villages (全乡9个村…均…).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = async (lines: string[]) =>
  (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year].join('|'));

describe('indicators: the scope of a township\'s metrics', () => {
  it('should support 全乡, 全镇 and 全街道 before a metric as its scope, no part of its name', () => {
    expect(brief(indicators('全乡粮食总产量达到1.8万吨，全镇茶叶综合产值突破2亿元，全街道社区食堂覆盖率达到60%。', ANNUAL_2024))).toEqual([
      '粮食总产量|1.8|万吨|=|target|2024',
      '茶叶综合产值|2|亿元|>=|target|2024',
      '社区食堂覆盖率|60|%|=|target|2024',
    ]);
  });

  it('should not support 全乡 as a scope when nothing follows it but the amount', () => {
    expect(brief(indicators('新增造林面积，全乡1200亩。', ANNUAL_2024)).every((b) => !b.startsWith('|'))).toBe(true);
  });
});

describe('indicators: a level spread over all the divisions of the territory', () => {
  it('should not support the count of the territory\'s villages before the measure each is taken by and 均 as an item', async () => {
    expect(
      await items([
        '某镇2027年工作计划',
        '一、2026年工作回顾',
        '2026年，全镇12个村集体经济经营性收入均达到15万元以上。',
      ]),
    ).toEqual(['村集体经济经营性收入|15|万元|>=|actual|2026']);
    expect(await items(['某县2027年工作要点', '一、2026年工作回顾', '2026年，全县15个乡镇地区生产总值均增长5%以上。'])).toEqual(['乡镇地区生产总值|5|%|>=|actual|2026']);
  });

  it('should support a count of villages that the plan sets, with no whole territory before it', async () => {
    expect(
      await items(['某镇2027年工作计划', '一、2026年工作回顾', '2026年，新增集体经济经营性收入超过30万元的村5个，均通过县级验收。']),
    ).toEqual(['集体经济经营性收入超过30万元的村|5|个|=|actual|2026']);
  });
});
