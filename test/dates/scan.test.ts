import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/dates/scan.js';
import { extract } from '../../src/pipeline.js';
import { grammars } from '../grammar-helpers.js';

const scan = (text: string, planYear: number | null = null) =>
  scanDates(text, grammars().periods, { planYear }).map((h) => ({ kind: h.kind, text: text.slice(h.start, h.end), value: h.value }));

describe('date mentions', () => {
  it('should support deadlines with 到', () => {
    expect(scan('到2025年,健康辽源建设取得突破性进展')).toEqual([{ kind: 'deadline', text: '到2025年', value: '2025' }]);
  });
  it('should support 年底前 and 年末 deadlines', () => {
    expect(scan('力争在2024年底前完成')).toEqual([{ kind: 'deadline', text: '2024年底前', value: '2024-12-31' }]);
    expect(scan('到2022年末')).toEqual([{ kind: 'deadline', text: '到2022年末', value: '2024-12-31'.replace('2024', '2022') }]);
  });
  it('should support a plain year', () => {
    expect(scan('实施2023年为民办实事项目')).toEqual([{ kind: 'year', text: '2023年', value: '2023' }]);
  });
  it('should support parts of the plan year', () => {
    expect(scan('力争上半年动建', 2024)).toEqual([{ kind: 'relative', text: '上半年', value: ['2024-01-01', '2024-06-30'] }]);
    expect(scan('年内完成', 2024)).toEqual([{ kind: 'relative', text: '年内', value: ['2024-01-01', '2024-12-31'] }]);
    expect(scan('务求年底前按期投用', 2024)).toEqual([{ kind: 'relative', text: '年底前', value: '2024-12-31' }]);
    expect(scan('上半年')).toEqual([{ kind: 'relative', text: '上半年', value: null }]);
  });
  it('should support the end of the year before the plan year (上年末, 去年底) as that year\'s end', () => {
    expect(scan('比上年末增加4.6万人', 2026)).toEqual([{ kind: 'relative', text: '上年末', value: '2025-12-31' }]);
    expect(scan('较去年底减少2000人', 2026)).toEqual([{ kind: 'relative', text: '去年底', value: '2025-12-31' }]);
  });
  it('should not support the end of the plan year as the year before', () => {
    expect(scan('力争年末达到', 2026)).toEqual([{ kind: 'relative', text: '年末', value: '2026-12-31' }]);
  });
  it('should support the end of a part of the year as a deadline at its last day', () => {
    expect(scan('三季度末前完成整治', 2026)).toEqual([{ kind: 'deadline', text: '三季度末前', value: '2026-09-30' }]);
    expect(scan('第一季度末', 2026)).toEqual([{ kind: 'deadline', text: '第一季度末', value: '2026-03-31' }]);
    expect(scan('上半年前开工', 2026)).toEqual([{ kind: 'deadline', text: '上半年前', value: '2026-06-30' }]);
    expect(scan('2027年二季度末前投用')).toEqual([{ kind: 'deadline', text: '2027年二季度末前', value: '2027-06-30' }]);
    expect(scan('到2027年上半年')).toEqual([{ kind: 'deadline', text: '到2027年上半年', value: '2027-06-30' }]);
  });
  it('should not support a part of the year with no end word as a deadline', () => {
    expect(scan('三季度开展督查', 2026)).toEqual([{ kind: 'relative', text: '三季度', value: ['2026-07-01', '2026-09-30'] }]);
    expect(scan('2027年上半年')).toEqual([{ kind: 'range', text: '2027年上半年', value: ['2027-01-01', '2027-06-30'] }]);
  });
  it('should support times set by a season or an event, with no calendar value', () => {
    expect(scan('汛期前完成易涝点整治20处', 2026)).toEqual([{ kind: 'relative', text: '汛期前', value: null }]);
    expect(scan('春节前足额发放', 2026)).toEqual([{ kind: 'relative', text: '春节前', value: null }]);
  });
  it('should support 月份 as the month', () => {
    expect(scan('11月份前完成', 2026)).toEqual([{ kind: 'deadline', text: '11月份前', value: '2026-11' }]);
  });
  it('should support months from the first to the last', () => {
    expect(scan('1—10月完成棚户区改造', 2026)).toEqual([{ kind: 'range', text: '1—10月', value: ['2026-01', '2026-10'] }]);
    expect(scan('2025年1-6月份，全县')).toEqual([{ kind: 'range', text: '2025年1-6月份', value: ['2025-01', '2025-06'] }]);
    expect(scan('前三季度完成投资', 2026)).toEqual([{ kind: 'relative', text: '前三季度', value: ['2026-01-01', '2026-09-30'] }]);
  });
  it('should not support an age in months as a date', () => {
    expect(scan('6月龄内婴儿纯母乳喂养率', 2026)).toEqual([]);
    expect(scan('3-6月龄婴儿', 2026)).toEqual([]);
  });
  it('should not support 全年 in 全年龄 (all ages) as the plan year', () => {
    expect(scan('全年龄段人群健康素养水平', 2026)).toEqual([]);
    expect(scan('全年新增就业', 2026)).toEqual([{ kind: 'relative', text: '全年', value: ['2026-01-01', '2026-12-31'] }]);
  });
  it('should not support numbers with a dash that are no months', () => {
    expect(scan('培训1-3个月', 2026)).toEqual([]);
    expect(scan('6-3月', 2026)).toEqual([{ kind: 'relative', text: '3月', value: '2026-03' }]);
  });
  it('should not support 年内 after a number of years', () => {
    expect(scan('5年内保持稳定')).toEqual([]);
  });
  it('should support year ranges with any dash', () => {
    expect(scan('(2023—2025年)')).toEqual([{ kind: 'range', text: '2023—2025年', value: ['2023', '2025'] }]);
    expect(scan('(2016-2020年)')[0]?.value).toEqual(['2016', '2020']);
    expect(scan('2023年—2025年')[0]?.value).toEqual(['2023', '2025']);
    expect(scan('新一轮(2023—2025年度)')[0]?.text).toBe('2023—2025年度');
  });
  it('should support a range whose dash was lost', () => {
    const [hit] = scanDates('行动(20232025年)', grammars().periods);
    expect(hit).toMatchObject({ kind: 'range', value: ['2023', '2025'], lostSeparator: true });
  });
  it('should not support eight digits that are no two years', () => {
    expect(scan('编号12345678年')).toEqual([]);
  });
  it('should support full dates', () => {
    expect(scan('2022年12月30日')).toEqual([{ kind: 'date', text: '2022年12月30日', value: '2022-12-30' }]);
    expect(scan('发布日期: 2023-03-24')).toEqual([{ kind: 'date', text: '2023-03-24', value: '2023-03-24' }]);
    expect(scan('日期:2024-04-30 09:09')[0]?.value).toBe('2024-04-30');
  });
  it('should not support a day the calendar does not have as a full date', () => {
    expect(scan('2023-02-30')).toEqual([]);
    expect(scan('2023年2月30日')).toEqual([{ kind: 'date', text: '2023年2月', value: '2023-02' }]);
    expect(scan('2024年2月29日')).toEqual([{ kind: 'date', text: '2024年2月29日', value: '2024-02-29' }]);
  });
  it('should support named periods', () => {
    expect(scan('“十四五”时期')).toEqual([{ kind: 'period', text: '“十四五”时期', value: ['2021', '2025'] }]);
    expect(scan('十三五期间')[0]?.value).toEqual(['2016', '2020']);
    expect(scan('十五五')[0]?.value).toEqual(['2026', '2030']);
  });
  it('should support the end of a named period as a deadline at its last year', () => {
    expect(scan('到“十五五”末，森林覆盖率达到65%')).toEqual([{ kind: 'deadline', text: '到“十五五”末', value: '2030' }]);
    expect(scan('十四五期末')).toEqual([{ kind: 'deadline', text: '十四五期末', value: '2025' }]);
  });
  it('should not support the rest of a named period as a deadline', () => {
    expect(scan('“十五五”期间')).toEqual([{ kind: 'period', text: '“十五五”期间', value: ['2026', '2030'] }]);
    expect(scan('“十五五”初')).toEqual([{ kind: 'period', text: '“十五五”初', value: ['2026', '2030'] }]);
  });
  it('should support the first years of a named period as a span of its own (“十四五”前三年, 十三五头两年)', () => {
    expect(scan('“十四五”前三年，全省累计改造农村公路3200公里')).toEqual([{ kind: 'range', text: '“十四五”前三年', value: ['2021', '2023'] }]);
    expect(scan('十三五期间头两年')).toEqual([{ kind: 'range', text: '十三五期间头两年', value: ['2016', '2017'] }]);
    expect(scan('“十五五”前2年')[0]?.value).toEqual(['2026', '2027']);
  });
  it('should not support 前N年 as the first years of a period that has no more years than N', () => {
    expect(scan('“十四五”前五年')).toEqual([{ kind: 'period', text: '十四五', value: ['2021', '2025'] }]);
    expect(scan('“十四五”以来')[0]?.kind).toBe('period');
  });
  it('should not support a period name inside other numerals', () => {
    expect(scan('第十四五条')).toEqual([]);
  });
  it('should not support document numbers', () => {
    expect(scan('辽府办发〔2016〕24号')).toEqual([]);
  });
  it('should support a month deadline of the plan year', () => {
    expect(scan('6月底前完成', 2024)).toEqual([{ kind: 'deadline', text: '6月底前', value: '2024-06' }]);
  });
});

describe('deadline words', () => {
  it('should support 到 and 至 before a year as a deadline (力争到2025年, 至2027年底)', () => {
    expect(scan('力争到2025年完成')[0]).toEqual({ kind: 'deadline', text: '力争到2025年', value: '2025' });
    expect(scan('至2027年底')[0]).toEqual({ kind: 'deadline', text: '至2027年底', value: '2027-12-31' });
  });
  it('should not support the 到 of a verb of amount (达到2020年的1.5倍, 提高到2020年的水平)', () => {
    expect(scan('研发投入达到2020年的1.5倍')).toEqual([{ kind: 'year', text: '2020年', value: '2020' }]);
    expect(scan('提高到2020年的水平')).toEqual([{ kind: 'year', text: '2020年', value: '2020' }]);
  });
});

describe('dates in Chinese numerals', () => {
  it('should support a deadline year (到二〇三五年, 二〇二七年前)', () => {
    expect(scan('到二〇三五年基本实现')).toEqual([{ kind: 'deadline', text: '到二〇三五年', value: '2035' }]);
    expect(scan('二〇二七年前建成')).toEqual([{ kind: 'deadline', text: '二〇二七年前', value: '2027' }]);
    expect(scan('到二○二五年底')).toEqual([{ kind: 'deadline', text: '到二○二五年底', value: '2025-12-31' }]);
  });
  it('should support a full date and a month (二〇二四年十二月三十一日, 一九九八年三月)', () => {
    expect(scan('二〇二四年十二月三十一日')).toEqual([{ kind: 'date', text: '二〇二四年十二月三十一日', value: '2024-12-31' }]);
    expect(scan('一九九八年三月')).toEqual([{ kind: 'date', text: '一九九八年三月', value: '1998-03' }]);
  });
  it('should support a year and a range (二〇二五年度, 二〇二一—二〇二五年)', () => {
    expect(scan('二〇二五年度工作')).toEqual([{ kind: 'year', text: '二〇二五年度', value: '2025' }]);
    expect(scan('（二〇二一—二〇二五年）')).toEqual([{ kind: 'range', text: '二〇二一—二〇二五年', value: ['2021', '2025'] }]);
  });
  it('should not support a date that mixes scripts or numbers that are no year', () => {
    expect(scan('二〇二四年3月')[0]).toEqual({ kind: 'year', text: '二〇二四年', value: '2024' });
    expect(scan('一二三四年')).toEqual([]);
    expect(scan('二千年')).toEqual([]);
    expect(scan('十二〇二五年')).toEqual([]);
    expect(scan('第一二〇二五')).toEqual([]);
  });
  it('should not support a year-long ordinal (一季度 stays a part of the year)', () => {
    expect(scan('一季度', 2024)).toEqual([{ kind: 'relative', text: '一季度', value: ['2024-01-01', '2024-03-31'] }]);
  });
});

describe('date stage', () => {
  it('should put every mention into plan.dates with its position', async () => {
    const text = '2024年工作计划\n到2025年,婴儿死亡率下降到4‰以下。上半年完成。';
    const plan = await extract(text);
    expect(plan.dates.map((d) => d.text)).toEqual(['2024年', '到2025年', '上半年']);
    for (const d of plan.dates) expect(text.slice(d.position.start.offset, d.position.end.offset)).toBe(d.text);
    expect(plan.dates[2]?.value).toEqual(['2024-01-01', '2024-06-30']);
  });
  it('should support a deadline in Chinese numerals as an indicator\'s year and a plan\'s horizon', async () => {
    const plan = await extract('某县关于推进养老服务的实施意见\n\n一、主要目标\n到二〇三〇年，全县建成养老服务中心12个。\n\n某县人民政府\n二〇二五年三月八日\n');
    expect(plan.indicators.map((i) => [i.value, i.unit, i.year])).toEqual([[12, '个', 2030]]);
    expect(plan.meta.planYears).toEqual([2025, 2030]);
    expect(plan.dates.map((d) => d.value)).toEqual(['2030', '2025-03-08']);
  });
  it('should report a lost separator as a warning', async () => {
    const plan = await extract('编制《健康宝山行动(20232025年)》。');
    const diag = plan.diagnostics.filter((d) => d.rule === 'date/lost-separator');
    expect(diag).toHaveLength(1);
    expect(diag[0]?.severity).toBe('warning');
    expect(plan.dates[0]?.value).toEqual(['2023', '2025']);
  });
});

describe('period names that are also ordinals', () => {
  const grammar = grammars().periods;
  it('should not support a bare two-character name (十五运会)', () => {
    expect(scanDates('方便公众用好十五运会竞赛场馆', grammar).filter((d) => d.kind === 'period')).toEqual([]);
  });
  it('should support a quoted or suffixed two-character name', () => {
    expect(scanDates('“十五”期间', grammar).map((d) => d.kind)).toEqual(['period']);
    expect(scanDates('十五时期', grammar).map((d) => d.kind)).toEqual(['period']);
  });
  it('should support a bare three-character name', () => {
    expect(scanDates('十四五期间', grammar).map((d) => d.kind)).toEqual(['period']);
    expect(scanDates('推进十四五规划', grammar).map((d) => d.kind)).toEqual(['period']);
  });
});
