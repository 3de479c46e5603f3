// The planning controls a land sale or a building permit fixes for each plot (规划条件: 容积率, 建筑密度, 绿地率 …) are restated by
// 开发区 and 自然资源 plans as the norm every parcel is sold or approved under (严格执行容积率不低于1.2、建筑密度不低于40%的控制指标):
// the numbers are the rule's settings, kept by each plot, not a level the plan reaches in its year (grammar ruleFrames.nouns 控制指标).
// A plan's own level of the same metric, stated with a verb of reaching (全区平均容积率提高到1.1), stays an item, and so does a quota
// the plan sets outside a rule frame. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, names } from './helpers.js';

describe('planning control norms applied to plots (执行…的控制指标)', () => {
  it('should support the settings of planning controls applied to a land sale as no indicator', () => {
    expect(brief(indicators('新供应工业用地严格执行容积率不低于1.5、建筑系数不低于45%的控制指标。', ANNUAL_2024))).toEqual([]);
    expect(brief(indicators('产业园新建项目执行绿地率不超过20%的规划控制指标。', ANNUAL_2024))).toEqual([]);
  });
  it('should not support a level the plan sets for itself, or a control noun after no rule verb, as no indicator', () => {
    expect(names('全区工业用地平均容积率提高到1.1。')).toEqual(['工业用地平均容积率|1.1|']);
    expect(names('单位地区生产总值建设用地使用面积下降5%，完成省下达的控制指标。').map((n) => n.split('|').slice(1).join('|'))).toEqual(['5|%']);
  });
});
