// The 概况 of a place (a nature reserve, a park, a scenic area) opens with where it lies (位于, 坐落于) and then gives, clause after
// clause, its area, the areas of its zones and its height: particulars of a place that stands, no level a plan or a period
// reached, also where the sentence names no past year. A size with a verb or a bound, or a profile that does not open with where
// the place lies, stays. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (...lines: string[]) => documentItems(['某湿地公园管理处2027年工作计划', ...lines, '一、重点工作', '（一）日常管护。全年巡查里程达到5000公里以上。'].join('\n'));
const values = async (...lines: string[]) => (await plan(...lines)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: the sizes of a place profile opened by where it lies (位于…，总面积…，最高海拔…)', () => {
  it('should support the areas and heights of a profile that opens with 位于 as no indicator', async () => {
    expect(await values('湿地公园位于某县东北部，2015年经国家林业局批准试点建设，规划面积1260公顷，其中保育区面积620公顷、恢复重建区面积310公顷。')).toEqual(['5000|公里']);
    expect(await values('风景区坐落于某山西麓，景区面积86平方公里，最高海拔1542米。')).toEqual(['5000|公里']);
  });
  it('should not support a size with a bound or a verb, or a sentence that does not open with where the place lies, as no indicator', async () => {
    expect(await values('湿地公园位于某县东北部，湿地保护面积保持在1200公顷以上。')).toEqual(['1200|公顷', '5000|公里']);
    expect(await values('全年完成退化湿地修复面积150公顷。')).toEqual(['150|公顷', '5000|公里']);
  });
});
