// A target cell of an indicator table may write an adverb, a yearly basis and a verb of change before its value (力争每年降低
// 0.3个百分点, 力争每年提高1个百分点), as a plan's text writes 力争每年提高1个百分点: the adverb governs the verb across the basis, and
// the cell is the row's change in the column's year. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const table = (cell: string): string =>
  [
    '某市健康城市建设实施方案（2026—2028年）',
    '一、主要目标',
    '到2028年，健康城市建设水平明显提升。',
    '表1 主要指标',
    ['指标', '单位', '指标属性', '现状值（2025年）', '2028年目标值'].join('\t'),
    ['居民健康素养水平', '%', '预期性', '26.1', '30'].join('\t'),
    ['中小学生肥胖率', '%', '约束性', '14.3', cell].join('\t'),
  ].join('\n');

const rowItems = async (cell: string): Promise<string[]> => (await documentItems(table(cell))).filter((i) => i.startsWith('中小学生肥胖率'));

describe('an adverb and a yearly basis before a table cell’s verb (力争每年降低0.3个百分点)', () => {
  it('should support the cell as the row’s change in the column’s year', async () => {
    expect((await rowItems('力争每年降低0.3个百分点')).map((i) => i.split('|').slice(1, 6).join('|'))).toContain('0.3|个百分点|=|change|2028');
    expect((await rowItems('力争每年下降0.2个百分点')).map((i) => i.split('|').slice(1, 6).join('|'))).toContain('0.2|个百分点|=|change|2028');
  });
  it('should not support reading the adverb before a yearly basis with no verb, nor losing a plain cell', async () => {
    expect((await rowItems('13.5')).map((i) => i.split('|').slice(1, 6).join('|'))).toContain('13.5|%|=|target|2028');
    expect((await rowItems('力争每年')).length).toBe(1);
  });
});
