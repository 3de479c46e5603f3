// 防汛, 气象 and 应急 plans state when a response starts by how far a reading goes past a level (水位超过警戒水位0.3米时，启动Ⅳ级应急
// 响应; 日降雨量超过80毫米或…时，发布预警): a value after a word of exceeding or falling short (超过, 高于, 低于), right before it or
// before the level it is measured from, in a clause closed by 时 or 的 and a comma, is the trigger of a rule, no level to reach.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const values = (text: string) => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the trigger of a response past a level (超过警戒水位0.3米时，启动…响应)', () => {
  it('should support a value past a level in a 时-clause as no indicator', () => {
    expect(values('当主要控制站水位超过警戒水位0.3米时，立即启动Ⅳ级防汛应急响应。')).toEqual([]);
    expect(values('水库库水位低于死水位1.5米或来水持续偏少时，启动抗旱应急供水预案。')).toEqual([]);
  });
  it('should not support a target reached past a level, or a bound level the plan sets, as a trigger', () => {
    expect(values('全年接待游客超过800万人次，旅游总收入增长12%。')).toEqual(['800|万人次', '12|%']);
    expect(values('汛期水库水位不超过汛限水位，堤防达标率达到90%。')).toEqual(['90|%']);
  });
});
