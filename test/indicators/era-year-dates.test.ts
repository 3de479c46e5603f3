// A count of years right after 公元前 / 公元 or 距今 is a point in time: the year of an era (公元前770年, 公元652年), as 文物, 考古,
// 地方志 and 旅游 texts date dynasties, sites and buildings below the four digits the date scanner reads, or the age a site is dated to
// (距今约6000年的遗址). Neither is a duration or a level to reach (g643's gold). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, names } from './helpers.js';

describe('indicators: a year of an era or a dating before now (公元前N年, 公元N年, 距今约N年)', () => {
  it('should support an era year or a dating as no indicator', () => {
    expect(names('该城址始筑于公元前770年以前，是研究东周城市布局的重要实物。')).toEqual([]);
    expect(names('县城东郊的砖塔始建于公元652年，塔身保存基本完整。')).toEqual([]);
    expect(names('距今约6000年的聚落遗址出土陶器、石器800余件，距今7000年以上的文化层保存较好。').filter((n) => n.endsWith('|年'))).toEqual([]);
  });
  it('should not support other counts of years, or the levels beside an era year, as no indicator', () => {
    expect(names('重点文物保护单位修缮工期控制在2年以内。')).toEqual(['重点文物保护单位修缮工期|2|年']);
    expect(names('对公元前221年以前的早期城址，完成考古勘探面积50万平方米。')).toEqual(['考古勘探面积|50|万平方米']);
    expect(indicators('公元1368年以前的木构建筑全部完成测绘建档，建档率达到100%。').map((i) => i.value)).toEqual([100]);
  });
});
