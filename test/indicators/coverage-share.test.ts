// A share written before the population a service reaches (覆盖/惠及 N%(以上)的 + noun): the share of that population reached,
// named as statistics name coverage (…覆盖乡镇卫生院比例). Sentences written for the test, not copied from any corpus.
import { describe, expect, it } from 'vitest';
import { brief, indicators } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2027: PlanYears = { years: [2027, 2027], annual: true };

describe('a share before the population a service reaches', () => {
  it('should support the share named by the service, the verb and the population (scope or list between dropped)', () => {
    expect(brief(indicators('助餐服务覆盖全镇80%以上的行政村。', ANNUAL_2027))).toEqual(['助餐服务覆盖行政村比例|80|%|>=|target|2027']);
    expect(brief(indicators('智慧安防系统覆盖100%的老旧小区。', ANNUAL_2027))).toEqual(['智慧安防系统覆盖老旧小区比例|100|%|=|target|2027']);
    expect(brief(indicators('移动诊疗车覆盖全部中心村和70%的自然村。', ANNUAL_2027))).toEqual(['移动诊疗车覆盖自然村比例|70|%|=|target|2027']);
    expect(brief(indicators('农业保险惠及85%以上的种粮大户。', ANNUAL_2027))).toEqual(['农业保险惠及种粮大户比例|85|%|>=|target|2027']);
  });
  it('should not support a coverage rate, or a share with no 的 before a noun, as a share of a population reached', () => {
    expect(brief(indicators('乡镇综合文化站覆盖率达到95%以上。', ANNUAL_2027))).toEqual(['乡镇综合文化站覆盖率|95|%|>=|target|2027']);
    expect(brief(indicators('城市公共充电网络覆盖全市，车桩比达到2.5:1，快充桩占比达到40%。', ANNUAL_2027)).some((b) => b.includes('覆盖'))).toBe(false);
  });
});
