// Energy, electricity and water per person, per square metre of floor space and per unit of output: the intensities in which
// 公共机构 energy statistics, 节能 plans and 能耗 standards state their levels and caps. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, names } from './helpers.js';

describe('indicators: energy and water intensities written with their compound unit', () => {
  it('should support 千克标准煤/人 and 千克标准煤/平方米 after the number, the level and its unit kept as written', () => {
    expect(names('全区机关人均综合能耗为386.4千克标准煤/人。')).toEqual(['机关人均综合能耗|386.4|千克标准煤/人']);
    expect(brief(indicators('学校单位建筑面积能耗控制在9.8千克标准煤/平方米以内。'))).toEqual(['学校单位建筑面积能耗|9.8|千克标准煤/平方米|<=|target|']);
  });

  it('should support 千瓦时/平方米, 千瓦时/人 and 立方米/人 as the units of electricity and water use', () => {
    expect(brief(indicators('医院单位建筑面积电耗不高于62千瓦时/平方米。'))).toEqual(['医院单位建筑面积电耗|62|千瓦时/平方米|<=|target|']);
    expect(names('机关人均用电量降至1350千瓦时/人。')).toEqual(['机关人均用电量|1350|千瓦时/人']);
    expect(brief(indicators('县直机关人均用水量控制在24立方米/人以内。'))).toEqual(['县直机关人均用水量|24|立方米/人|<=|target|']);
  });

  it('should support the intensities of output (吨标准煤/万元, 千克标准煤/万元, 克标准煤/千瓦时)', () => {
    expect(names('万元工业增加值能耗降至0.62吨标准煤/万元。')).toEqual(['万元工业增加值能耗|0.62|吨标准煤/万元']);
    expect(names('园区万元产值综合能耗下降到85千克标准煤/万元。')).toEqual(['园区万元产值综合能耗|85|千克标准煤/万元']);
    expect(names('燃煤机组平均供电煤耗降至296克标准煤/千瓦时。')).toEqual(['燃煤机组平均供电煤耗|296|克标准煤/千瓦时']);
  });

  it('should not support the plain unit when no per-unit follows (千克, 千瓦时 and 立方米 alone stay as they were)', () => {
    expect(names('年节约标准煤120吨以上，节约电量不少于85万千瓦时。')).toEqual(['年节约标准煤|120|吨', '节约电量|85|万千瓦时']);
    expect(names('新建雨水收集池容积不少于300立方米。')).toEqual(['新建雨水收集池容积|300|立方米']);
  });
});
