// The square metre written as a symbol (the one-character ㎡ of CJK fonts, or m²) is the unit 平方米 spelled otherwise: 爱国卫生,
// 住建 and 基层医疗 plans write their green space, floor space and site areas so (人均公园绿地面积≥12㎡). Each spelling is reported as
// written (INDICATORS.md: the unit as written) and read as 平方米 is, also as the size bound of the things counted. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县2027年城乡环境卫生整治工作方案', '一、工作目标', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
    i.comparator,
  ]);

describe('indicators: the square metre written as a symbol (㎡, m²)', () => {
  it('should support a per-capita area and a floor area bounded in ㎡ or m²', async () => {
    expect(await items('城区人均公园绿地面积达到13.5㎡以上。')).toEqual([['城区人均公园绿地面积', 13.5, '㎡', '>=']]);
    expect(await items('每个村卫生室业务用房面积不低于80m²。')).toEqual([['每个村卫生室业务用房面积', 80, 'm²', '>=']]);
  });

  it('should support a size bound in ㎡ on the things counted, as one in 平方米', async () => {
    expect(await items('新建4个200㎡以上的社区健身驿站。')).toEqual([
      ['社区健身驿站', 4, '个', '='],
      ['社区健身驿站面积', 200, '㎡', '>='],
    ]);
  });

  it('should not support a square metre with nothing that sets it', async () => {
    // An area that only describes where something stands is no target, whichever way the metre is written.
    expect(await items('在县城东区（面积1200㎡）设置垃圾分类宣传展厅。')).toEqual([]);
    // A letter grade set beside it has no number.
    expect(await items('病媒生物密度控制水平达到国家标准C级。')).toEqual([]);
  });
});
