// A 监测指标 table flattened one cell a line whose row names open with an age or a count (12岁儿童龋患率（%）, 65岁老人体检率（%）):
// the number and the few characters after it look like a value with its unit, but a name that ends as a rate (率, 比例 …) is no
// value, and the row is read under its header. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const got = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit ?? ''}|${i.comparator}|${i.kind}|${i.year}`);

// Columns 指标 / 2025年（基线） / 2027年 / 2030年 / 属性, the unit in the name's bracket.
const cells = (rows: string[][]) =>
  ['某市儿童健康促进行动方案（2026—2030年）', '一、主要目标', '到2030年，儿童健康水平明显提高。', '专栏1　监测指标', '指标', '2025年（基线）', '2027年', '2030年', '属性', ...rows.flat(), '二、重点任务', '（一）加强健康教育。'].join('\n');

describe('blocks: a flattened table row whose name opens with an age', () => {
  it('should support a first row named by an age and a rate', async () => {
    const out = await got(
      cells([
        ['6岁儿童近视率（%）', '31.5', '≤30', '≤28', '预期性'],
        ['儿童青少年总体近视率（%）', '48', '46', '44', '约束性'],
      ]),
    );
    expect(out).toContain('6岁儿童近视率|31.5|%|=|baseline|2025');
    expect(out).toContain('6岁儿童近视率|28|%|<=|target|2030');
    expect(out).toContain('儿童青少年总体近视率|44|%|=|target|2030');
  });

  it('should support a later row named by an age and a rate', async () => {
    const out = await got(
      cells([
        ['儿童健康管理率（%）', '90', '92', '95', '预期性'],
        ['65岁老人体检率（%）', '86', '88', '90', '预期性'],
      ]),
    );
    expect(out).toContain('65岁老人体检率|86|%|=|baseline|2025');
    expect(out).toContain('65岁老人体检率|90|%|=|target|2030');
  });

  it('should not support a value with a short unit as a name: 6岁 stays a value cell', async () => {
    const out = await got(
      cells([
        ['儿童健康管理率（%）', '90', '92', '95', '预期性'],
        ['儿童平均入学年龄（岁）', '6岁', '6岁', '6岁', '预期性'],
      ]),
    );
    expect(out).toContain('儿童平均入学年龄|6|岁|=|target|2030');
    expect(out).toContain('儿童健康管理率|95|%|=|target|2030');
  });
});
