// Cuts and totals as 国资 and 商务 plans set them: a yearly average cut (年均压降, 年均压减) is a target rate like 年均下降; a cut
// verb before the thing cut and a percentage (压减法人户数15%) is a change as a cut by an amount is; and a total that a sum word
// opens (累计完成…) in a sentence that opened with the plan's span (三年内…，累计完成…) is due by the span's last year.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (title: string, lines: string[]) =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.comparator, i.kind, i.year]);

const THREE_YEARS = '某市国有企业提质增效三年行动实施方案（2027—2029年）';
const ANNUAL = '某区财政局2027年工作要点';

describe('indicators: a yearly average cut', () => {
  it('should support 年均压降 as a target rate', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '市属企业有息负债规模年均压降4%，严控新增隐性债务。']);
    expect(out).toEqual([['市属企业有息负债规模', 4, '=', 'target', null]]);
  });

  it('should support 年均压减 as a target rate', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '企业管理费用年均压减6%以上。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[6, '>=', 'target']]);
  });

  it('should not support a cut with no 年均 being a target', async () => {
    const out = await items(ANNUAL, ['二、重点工作', '全区非刚性支出较上年压降8%。']);
    expect(out.map((i) => [i[1], i[3]])).toEqual([[8, 'change']]);
  });
});

describe('indicators: a cut verb before the thing cut and a percentage', () => {
  it('should support 压减 … N% as a change', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '推进瘦身健体，压减二级以下子企业户数20%以上。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[20, '>=', 'change']]);
  });

  it('should support 削减 … N% as a change', async () => {
    const out = await items(ANNUAL, ['二、重点工作', '严格会议费管理，削减会议经费支出12%。']);
    expect(out.map((i) => [i[1], i[3], i[4]])).toEqual([[12, 'change', 2027]]);
  });

  it('should not support a cut verb before a share set with a target verb being a change', async () => {
    const out = await items(ANNUAL, ['二、重点工作', '减少纸质公文印发，电子公文占比达到90%。']);
    expect(out.map((i) => [i[1], i[3]])).toEqual([[90, 'target']]);
  });
});

describe('indicators: a total opened by a sum word after the plan span', () => {
  it('should support 累计 in a later clause taking the span the sentence opened with', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '三年内市属企业制造业投资占比保持在60%以上，累计完成技术改造投资90亿元。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [60, 2029],
      [90, 2029],
    ]);
  });

  it('should support 共计 in the same way', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '三年新建充电桩3000个，共计投入建设资金4.5亿元。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [3000, 2029],
      [4.5, 2029],
    ]);
  });

  it('should not support a later clause with no sum word taking the span', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '三年新增职业经理人30名，培训企业经营管理人员1500人次。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [30, 2029],
      [1500, null],
    ]);
  });

  it('should not support 年均 in a later clause being dated by the span', async () => {
    const out = await items(THREE_YEARS, ['二、重点任务', '三年内新建研发平台9个，研发投入年均增长12%。']);
    expect(out.map((i) => [i[1], i[4]])).toEqual([
      [9, 2029],
      [12, null],
    ]);
  });
});
