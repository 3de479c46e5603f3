// Phrasings of 科普 (全民科学素质), 数字经济 and 能源 plans, written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, indicators, type Item } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const FIVE_YEAR: PlanYears = { years: [2026, 2030], annual: false };
const vu = (items: Item[]) => brief(items).map((b) => b.split('|').slice(1, 4).join('|'));

describe('indicators: stops of a touring service (站次)', () => {
  it('should support 站次 as the count of a tour\'s stops', () => {
    expect(vu(indicators('流动科技馆每年巡展不少于12站次。', FIVE_YEAR))).toEqual(['12|站次|>=']);
    expect(vu(indicators('组织科普大篷车进乡村巡展80站次。', ANNUAL_2026))).toEqual(['80|站次|=']);
  });
  it('should not support a station counted in another unit as a 站次 (新建充电站30座, 建成5G基站300个)', () => {
    expect(vu(indicators('新建公共充电站30座，建成5G基站300个。', ANNUAL_2026))).toEqual(['30|座|=', '300|个|=']);
  });
});

describe('indicators: a count written with its multiplier only (50万)', () => {
  it('should support a count of users or people ending in 万 after a target verb', () => {
    expect(vu(indicators('科普信息化平台注册用户达到80万。', FIVE_YEAR))).toEqual(['80|万|=']);
    expect(vu(indicators('政务服务移动端实名用户突破120万，月活跃用户30万以上。', FIVE_YEAR))).toEqual(['120|万|>=', '30|万|>=']);
  });
  it('should not support the multiplier as the unit of a range\'s first end or of a list member before the unit', () => {
    expect(vu(indicators('能繁母猪存栏量控制在4.8万—5.4万头。', ANNUAL_2026))).toEqual(['[4.8,5.4]|万头|range']);
    expect(vu(indicators('分别新增造林2万和3万亩。', ANNUAL_2026)).every((v) => v.split('|')[1] === '万亩')).toBe(true);
  });
  it('should not support a bare 万 without a target verb or a bound (a population described)', () => {
    expect(indicators('全区常住人口60万，辖8个街道。', FIVE_YEAR).filter((i) => i.unit === '万' && i.kind === 'target')).toEqual([]);
  });
});

describe('indicators: PUE值 as a unitless head', () => {
  it('should support PUE值 with a bound and no unit', () => {
    expect(brief(indicators('新建大型数据中心PUE值控制在1.25以内。', FIVE_YEAR))).toEqual(['新建大型数据中心PUE值|1.25||<=|target|']);
  });
  it('should not support a bare number after a head that measures with a unit', () => {
    expect(indicators('数据中心机架数量控制在3000以内。', FIVE_YEAR)).toEqual([]);
  });
});

describe('indicators: the rated size of each thing counted (2台66万千瓦煤电机组)', () => {
  it('should support a measure right after the count\'s unit as part of the counted noun, not an item of its own', () => {
    expect(brief(indicators('建成投产2台100万千瓦煤电机组。', ANNUAL_2026))).toEqual(['100万千瓦煤电机组|2|台|=|target|2026']);
    expect(brief(indicators('新建4座20万千瓦集中式光伏电站。', ANNUAL_2026))).toEqual(['20万千瓦集中式光伏电站|4|座|=|target|2026']);
  });
  it('should not support a second count in another unit as the size of each (搬迁安置420户1500人)', () => {
    expect(vu(indicators('实施易地搬迁安置420户1500人。', ANNUAL_2026))).toEqual(['420|户|=', '1500|人|=']);
  });
});

describe('indicators: a capacity listed after a project\'s name in a 专栏 (项目名：建设…0.5EFLOPS)', () => {
  it('should support the project naming a capacity measured right after its colon, without the building verb', () => {
    expect(brief(indicators('城市算力调度中心项目：建设智能算力1.2EFLOPS。', FIVE_YEAR))).toEqual(['城市算力调度中心项目智能算力|1.2|EFLOPS|=|target|']);
    expect(brief(indicators('2.污泥无害化处置工程：新增处置能力300吨/日。', FIVE_YEAR))).toEqual(['污泥无害化处置工程处置能力|300|吨/日|=|target|']);
  });
  it('should not support a project label on a count, on the length of works, or after a label that names no project', () => {
    expect(brief(indicators('乡村物流服务中心：每个乡镇建成1个。', FIVE_YEAR)).some((b) => b.startsWith('乡村物流服务中心'))).toBe(false);
    expect(brief(indicators('滨江绿道提升工程：新建驿站3座、绿道18公里。', FIVE_YEAR)).some((b) => b.startsWith('滨江绿道提升工程'))).toBe(false);
    expect(brief(indicators('主要任务：新增处理能力500吨/日。', FIVE_YEAR))).toEqual(['新增处理能力|500|吨/日|=|target|']);
  });
});
