// The spacing of a gridded product (气象, 测绘, 遥感): forecasts and analyses are named by their resolution, a length before
// 分辨率/网格/格点 (500米网格实况, 3公里分辨率模式) or paired with a time step 逐N小时 (1公里、逐1小时网格预报). That length names how
// the product is made, no level to reach; a resolution a plan sets as a value after its noun (分辨率提高到1公里) and a length of
// works built (新建绿道10公里) stay. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };
const items = (text: string): string[] => brief(indicators(text, ANNUAL_2027)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: the resolution of a gridded product (1公里、逐1小时网格预报)', () => {
  it('should support a length before a resolution noun or paired with a time step as no indicator', () => {
    expect(items('推广应用3公里、逐1小时的乡镇网格预报产品。')).toEqual([]);
    expect(items('研发逐6分钟、1公里的雷达定量降水估测产品。')).toEqual([]);
    expect(items('建设覆盖全县的100米格点实况分析系统。')).toEqual([]);
  });
  it('should not support a resolution set after its noun or a length of works built as no indicator', () => {
    expect(items('城区网格预报空间分辨率提高到1公里。')).toEqual(['1|公里|=']);
    expect(items('新建滨江绿道12公里、登山步道6公里。')).toEqual(['12|公里|=', '6|公里|=']);
  });
});
