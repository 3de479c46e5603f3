// 分贝: decibels, the unit of a sound level that 生态环境, 城管 and 职业健康 plans cap (区域环境噪声…控制在55分贝以下); read as one unit,
// not as 分 (points of a score) with 贝 left over. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

describe('分贝 is one unit', () => {
  it('should support a noise level in 分贝', () => {
    expect(brief(indicators('城区昼间区域环境噪声平均值控制在55分贝以下。', ANNUAL_2024))).toEqual(['城区昼间区域环境噪声平均值|55|分贝|<=|target|2024']);
  });
  it('should support a decibel cap with a bound word before it', () => {
    expect(brief(indicators('交通干线两侧昼间噪声不超过70分贝。', ANNUAL_2024))).toEqual(['交通干线两侧昼间噪声|70|分贝|<=|target|2024']);
  });
  it('should not support reading points of a score as decibels', () => {
    expect(brief(indicators('群众满意度测评得分不低于90分。', ANNUAL_2024))).toEqual(['群众满意度测评得分|90|分|>=|target|2024']);
  });
});
