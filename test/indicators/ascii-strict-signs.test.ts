// The ASCII signs < and > written before a number (甲状腺肿大率<5%, 合格率>90%): how 地方病, 职业卫生 and laboratory standards
// and the plans that quote them write a strict bound, in half width as often as in full width (＜, ＞). Read as the nearest
// comparator the schema has, as ＜/＞ and 低于/高于 are; no part of the metric's name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { brief, indicators, MULTI_YEAR } from './helpers.js';

describe('ASCII < and > before a value', () => {
  it('should support < as an upper bound outside the name', () => {
    expect(brief(indicators('到2028年，7—12岁学生甲状腺肿大率<5%。', MULTI_YEAR))).toEqual(['7—12岁学生甲状腺肿大率|5|%|<=|target|2028']);
    expect(brief(indicators('病区村改水工程水氟含量合格率达到90%，孕妇尿碘中位数<150微克/升的县比例逐年下降。', MULTI_YEAR))[0]).toBe('病区村改水工程水氟含量合格率|90|%|=|target|');
    expect(brief(indicators('全市新生儿苯丙酮尿症筛查阳性召回率>95%。', MULTI_YEAR))).toEqual(['新生儿苯丙酮尿症筛查阳性召回率|95|%|>=|target|']);
  });
  it('should not support reading < or > as part of the metric', () => {
    expect(indicators('血吸虫病人群血检阳性率<1%。', MULTI_YEAR).map((i) => i.metric)).toEqual(['血吸虫病人群血检阳性率']);
  });
});
