// Staged goals and mid-term reviews, as 妇女儿童发展规划 攻坚方案 and 全民科学素质 实施方案 write them: a list of dashed items each
// opened by its own deadline (——到2026年底，…), a later milestone of one metric inside a clause list (…以下，2030年降至…以下；…),
// the gap to an average measured in a review, a mid-term evaluation's tally of the plan's indicators, and the set 实现…全覆盖
// covers. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (title: string, lines: string[]) =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator, i.kind, i.year]);

const THREE_YEARS = '某县全民科学素质提升三年行动实施方案（2026—2028年）';
const TWO_YEARS = '某县妇女儿童发展规划中期目标攻坚实施方案（2026—2027年）';

describe('indicators: dashed items opened by their own deadline', () => {
  it('should support ——到YYYY年底 dating its own dashed item', async () => {
    const out = await items(THREE_YEARS, [
      '一、总体目标',
      '——到2026年底，全县公民具备科学素质的比例达到13%，注册科普志愿者达到2500名。',
      '——到2028年底，全县公民具备科学素质的比例达到15.5%以上。',
    ]);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [13, 2026],
      [2500, 2026],
      [15.5, 2028],
    ]);
  });

  it('should support a list mark before 到 in other list styles too', async () => {
    const out = await items(THREE_YEARS, ['一、总体目标', '●到2027年，县级科普教育基地达到18个。']);
    expect(out).toEqual([['县级科普教育基地', 18, '=', 'target', 2027]]);
  });

  it('should not support a dashed item with no date of its own taking a deadline that stands after its number', async () => {
    const out = await items(THREE_YEARS, ['一、总体目标', '——科普场馆达到12个，力争在2028年建成省级科普示范县。']);
    expect(out.map((i) => i[4])).toEqual([null]);
  });
});

describe('indicators: a later milestone of one metric inside a list of clauses', () => {
  it('should support the lead year again in the ；-parts after a milestone with no subject', async () => {
    const out = await items(TWO_YEARS, [
      '二、攻坚目标',
      '到2027年，孕产妇死亡率控制在11/10万以下，2030年降至9.5/10万以下；孕产妇中重度贫血患病率控制在7%以内；妇女常见病筛查率达到85%以上。',
    ]);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [11, 2027],
      [9.5, 2030],
      [7, 2027],
      [85, 2027],
    ]);
  });

  it('should not support a year followed by its own subject losing the clauses after it', async () => {
    const out = await items(TWO_YEARS, [
      '二、攻坚目标',
      '到2027年，学前教育毛入园率达到93%；2030年，学前教育毛入园率达到95%以上，适龄残疾儿童义务教育入学率达到98%。',
    ]);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [93, 2027],
      [95, 2030],
      [98, 2030],
    ]);
  });
});

describe('indicators: a gap to an average', () => {
  it('should support a gap measured in a review as its size, not a bound', async () => {
    const out = await items(THREE_YEARS, [
      '一、发展基础',
      '截至2025年底，全县公民具备科学素质的比例为11.2%，低于全市平均水平1.8个百分点。',
    ]);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [11.2, '=', 'actual'],
      [1.8, '=', 'actual'],
    ]);
  });

  it('should not support a gap to keep in a plan losing its bound', async () => {
    const out = await items('某县2026年经济工作要点', ['一、主要目标', '农村居民人均可支配收入增速高于城镇居民1.5个百分点。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[1.5, '>=', 'target']]);
  });
});

describe('indicators: a mid-term evaluation tallies the plan own indicators', () => {
  it('should support counts of indicators that met or missed their mid-term targets as no items', async () => {
    const out = await items(TWO_YEARS, [
      '一、中期评估基本情况',
      '2025年中期评估显示，两个规划的监测指标中，已有41项达到中期目标，仍有7项指标未达到中期要求。',
    ]);
    expect(out).toEqual([]);
  });

  it('should not support dropping new indicators a plan sets up to monitor', async () => {
    const out = await items(TWO_YEARS, ['三、重点任务', '完善妇女儿童统计监测制度，新增分性别统计监测指标12个。']);
    expect(out.map((i) => i[1])).toEqual([12]);
  });
});

describe('indicators: the set that 实现…全覆盖 covers', () => {
  it('should support a count right after 实现 whose noun runs on to 全覆盖 as no item', async () => {
    const out = await items(THREE_YEARS, ['三、重点工程', '2026年底前实现11个镇（街道）科普e站全覆盖。']);
    expect(out).toEqual([]);
  });

  it('should not support a count of facilities to build being dropped', async () => {
    const out = await items(THREE_YEARS, ['三、重点工程', '2026年底前建成11个镇（街道）科普e站，实现科普服务全覆盖。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([[11, 2026]]);
  });
});
