// Metric identity (grammars/metrics.yaml): aliases, scope words, spelling variants, and near
// misses that must not match.
import { describe, expect, it } from 'vitest';
import { compileMetricGrammar } from '../../src/grammar/metrics.js';
import { metricGrammarSchema } from '../../src/grammar/schemas.js';
import { GrammarError } from '../../src/grammar/load.js';
import { matchMetric, normalizeMetric } from '../../src/metrics/match.js';
import { extract } from '../../src/index.js';
import { grammars } from '../grammar-helpers.js';

const id = (metric: string) => matchMetric(metric, grammars().metrics)?.id ?? null;

describe('metric grammar', () => {
  it('should load the shipped grammar with 70–120 metrics, unique ids and ASCII slugs', () => {
    const g = grammars().metrics;
    expect(g.metrics.length).toBeGreaterThanOrEqual(70);
    expect(g.metrics.length).toBeLessThanOrEqual(120);
    expect(new Set(g.metrics.map((m) => m.id)).size).toBe(g.metrics.length);
    for (const m of g.metrics) {
      expect(m.id).toMatch(/^[a-z0-9-]+$/u);
      expect(m.units.size).toBeGreaterThan(0);
      // Every metric is found under its own name and every alias.
      for (const alias of m.aliases) expect(id(alias), alias).toBe(m.id);
    }
  });

  it('should reject a bad slug, an unknown unit and an alias shared by two metrics', () => {
    const base = { metrics: [{ id: 'a', name: '甲率', units: { '%': [0, 100] } }] };
    expect(metricGrammarSchema.safeParse({ metrics: [{ id: 'Bad Id', name: 'x', units: { '%': [0, 1] } }] }).success).toBe(false);
    expect(metricGrammarSchema.safeParse({ metrics: [{ id: 'a', name: 'x', units: { '%': [5, 1] } }] }).success).toBe(false);
    expect(() => compileMetricGrammar(metricGrammarSchema.parse({ metrics: [{ id: 'a', name: 'x', units: { 斛: [0, 1] } }] }), grammars().indicators)).toThrow(GrammarError);
    expect(() =>
      compileMetricGrammar(metricGrammarSchema.parse({ metrics: [...base.metrics, { id: 'b', name: '乙率', aliases: ['甲率'], units: { '%': [0, 100] } }] }), grammars().indicators),
    ).toThrow(/already an alias of a/u);
  });
});

describe('matchMetric', () => {
  it('should answer each grammar from its own aliases when the same metric is asked of two grammars', () => {
    const own = (name: string) =>
      compileMetricGrammar(metricGrammarSchema.parse({ metrics: [{ id: name, name: '甲率', units: { '%': [0, 100] } }] }), grammars().indicators);
    const [a, b] = [own('a'), own('b')];
    expect(matchMetric('全市甲率', a)?.id).toBe('a');
    expect(matchMetric('全市甲率', b)?.id).toBe('b');
    expect(matchMetric('全市甲率', a)?.id).toBe('a');
    expect(id('全市甲率')).toBeNull();
  });

  it('should support aliases of 人均预期寿命', () => {
    for (const m of ['人均预期寿命', '平均期望寿命', '居民平均期望寿命', '人均期望寿命']) expect(id(m), m).toBe('life-expectancy');
  });

  it('should ignore scope words at the start (全市, 全区, 我市, 全省 …)', () => {
    expect(id('全市婴儿死亡率')).toBe('infant-mortality');
    expect(id('我市孕产妇死亡率')).toBe('maternal-mortality');
    expect(id('全区居民健康素养水平')).toBe('health-literacy');
    expect(id('全省人均预期寿命')).toBe('life-expectancy');
    expect(normalizeMetric('全市 婴儿死亡率', grammars().metrics)).toBe('婴儿死亡率');
  });

  it('should be NFKC-, case- and whitespace-insensitive, and ignore quotes', () => {
    expect(id('每千人口执业（助理）医师数')).toBe('physicians-per-1000');
    expect(id('每千人口 执业(助理) 医师数')).toBe('physicians-per-1000');
    expect(id('ＰＭ２．５浓度')).toBe('pm25');
    expect(id('pm2.5平均浓度')).toBe('pm25');
    expect(id('农村适龄妇女“两癌”筛查覆盖率')).toBe('two-cancers-screening');
  });

  it('should support spelling variants (及以上/以上, 综合性医院/综合医院, 的)', () => {
    expect(id('二级以上综合医院设老年医学科比例')).toBe('geriatrics-departments');
    expect(id('二级及以上综合性医院开设老年医学科')).toBe('geriatrics-departments');
    expect(id('个人卫生支出占卫生总费用比重')).toBe('oop-share');
    expect(id('五岁以下儿童死亡率')).toBe('under5-mortality');
  });

  it('should take the longest alias that ends the metric, after qualifiers', () => {
    expect(id('以乡(镇、街道)为单位适龄儿童免疫规划疫苗接种率')).toBe('immunization-coverage');
    expect(id('城市空气质量优良天数')).toBe('air-quality-good-days');
    expect(id('重点人群签约率')).toBe('family-doctor-key-groups');
    expect(id('全人群签约率')).toBe('family-doctor-coverage');
    expect(id('人均健康预期寿命')).toBe('healthy-life-expectancy');
    expect(id('婴儿死亡率(‰)')).toBe('infant-mortality');
  });

  it('should support the main indicators of a 五年规划纲要 and a 政府工作报告 (economy, innovation, livelihood, green)', () => {
    expect(id('全市地区生产总值')).toBe('gdp');
    expect(id('全社会研发经费投入强度')).toBe('rd-intensity');
    expect(id('R&D经费投入强度')).toBe('rd-intensity');
    expect(id('城镇调查失业率')).toBe('surveyed-unemployment');
    expect(id('单位GDP能耗')).toBe('energy-intensity');
    expect(id('地表水国考断面水质优良比例')).toBe('surface-water-quality');
    expect(id('城乡居民基本医疗保险参保率')).toBe('medical-insurance-coverage');
  });

  it('should not match a per-capita, per-unit or narrower metric to the total it ends with', () => {
    expect(id('人均地区生产总值')).toBe('gdp-per-capita');
    expect(id('户籍人口城镇化率')).toBe('registered-urbanization');
    expect(id('城镇居民人均可支配收入')).toBe('urban-disposable-income');
    expect(id('农村居民人均可支配收入')).toBe('rural-disposable-income');
    expect(id('每万人口高价值发明专利拥有量')).toBe('high-value-patents');
    expect(id('万元工业增加值用水量')).toBe('water-per-industrial-output');
    expect(id('地区生产总值年均增长')).toBeNull();
    expect(id('病死畜禽无害化处理率')).toBeNull();
  });

  it('should not match near misses', () => {
    expect(id('新生儿死亡率')).toBe('neonatal-mortality');
    expect(id('5岁以下儿童死亡率')).toBe('under5-mortality');
    expect(id('65岁以上老年人中医药健康管理率')).toBeNull();
    expect(id('0-3岁儿童中医药健康管理率')).toBeNull();
    expect(id('乡村医生中执业(助理)医师比例')).toBeNull();
    expect(id('死亡率')).toBeNull();
    expect(id('婴儿死亡率下降幅度')).toBeNull();
    expect(id('全市')).toBeNull();
    expect(id('')).toBeNull();
  });
});

describe('metric stage', () => {
  it('should set metricId on every indicator, null when unmatched', async () => {
    const plan = await extract('到2025年，全市婴儿死亡率下降到4‰以下，新生儿死亡率控制在3‰以下，建成5个示范中心。\n');
    const byMetric = Object.fromEntries(plan.indicators.map((i) => [i.metric, i.metricId]));
    expect(byMetric['全市婴儿死亡率'] ?? byMetric['婴儿死亡率']).toBe('infant-mortality');
    expect(byMetric['新生儿死亡率']).toBe('neonatal-mortality');
    expect(plan.indicators.every((i) => i.metricId !== undefined)).toBe(true);
    expect(plan.indicators.some((i) => i.metricId === null)).toBe(true);
  });

  it('should report a value outside the plausible range as indicator/implausible-unit, once', async () => {
    const plan = await extract('到2025年，人均预期寿命达到780岁，孕产妇死亡率控制在20/10万以下，婴儿死亡率控制在7.0%以内。\n');
    const implausible = plan.diagnostics.filter((d) => d.rule === 'indicator/implausible-unit');
    expect(implausible.some((d) => d.message.includes('人均预期寿命 780岁'))).toBe(true);
    expect(implausible.some((d) => d.message.includes('孕产妇死亡率'))).toBe(false);
    // 7.0% is reported by the indicator stage already: not twice.
    expect(implausible.filter((d) => d.message.startsWith('婴儿死亡率'))).toHaveLength(1);
  });

  it('should check a rate in an unexpected unit against the rescaled range', async () => {
    const plan = await extract('到2025年，孕产妇死亡率控制在5‰以下。\n');
    expect(plan.indicators[0]?.metricId).toBe('maternal-mortality');
    // 5‰ = 500/10万: outside 0–100/10万; 0.5‰ (50/10万) would be plausible.
    const found = plan.diagnostics.filter((d) => d.rule === 'indicator/implausible-unit');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('usually given in /10万');
  });

  it('should not range-check changes', async () => {
    const plan = await extract('到2025年，人均预期寿命提高1岁。\n');
    expect(plan.indicators[0]?.metricId).toBe('life-expectancy');
    expect(plan.diagnostics.filter((d) => d.rule === 'indicator/implausible-unit')).toHaveLength(0);
  });

  it('should not range-check a change that a review states as reached (kind actual)', async () => {
    const plan = await extract('某县“十五五”卫生健康事业发展规划\n\n“十四五”时期，全县人均预期寿命达到79.4岁，比2020年提高1.2岁；县域内就诊率达到91%，较2020年提高2.4个百分点。\n');
    const changes = plan.indicators.filter((i) => i.value === 1.2 || i.value === 2.4);
    expect(changes.map((i) => i.kind)).toEqual(['actual', 'actual']);
    expect(plan.diagnostics.filter((d) => d.rule === 'indicator/implausible-unit')).toHaveLength(0);
  });

  it('should still range-check the level a review states beside its change', async () => {
    const plan = await extract('某县“十五五”卫生健康事业发展规划\n\n“十四五”时期，全县人均预期寿命达到7.9岁，比2020年提高1.2岁。\n');
    const found = plan.diagnostics.filter((d) => d.rule === 'indicator/implausible-unit');
    expect(found.map((d) => d.message.split(' is ')[0])).toEqual(['人均预期寿命 7.9岁']);
  });
});
