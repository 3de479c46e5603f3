// The contents of an indicator system (指标体系包括N个方面共M项指标), written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const TWO_YEAR: PlanYears = { years: [2027, 2028], annual: false };
const vu = (s: string) => brief(indicators(s, TWO_YEAR)).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: bare 指标 counted in a sentence about an indicator system', () => {
  it('should support the count as the system\'s contents, not an item', () => {
    expect(vu('省级示范区评价指标体系涵盖组织管理、环境建设、服务管理、监测评估5个方面共24项指标。')).toEqual([]);
    expect(vu('卫生县城评审指标体系包括6个部分共40项指标。')).toEqual([]);
  });
  it('should not support counts of other nouns, or bare 指标 with no system named, as contents', () => {
    expect(vu('依托指标体系开展监测，全年新增监测点位12个。')).toEqual(['12|个|=']);
    expect(vu('县疾控中心可检测52项指标，年内新增检测项目8项。')).toContain('8|项|=');
  });
});
