// A table cell written as a ratio (医护比 1:1.25, 床护比 1∶0.6) is read as the text reads a ratio: 1:N is N per one (unit 1:),
// as staffing standards are written. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const got = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit ?? ''}|${i.comparator}|${i.kind}|${i.year}`);

describe('tables: a ratio cell', () => {
  it('should support ratio cells of a TAB table, with a sign before one', async () => {
    const text = ['某市2027年护理工作要点', '一、主要指标', '指标名称\t单位\t2026年\t2027年目标', '全市医护比\t—\t1:1.10\t≥1:1.15', '二级以上医院床护比\t—\t1:0.58\t1:0.60'].join('\n');
    const out = await got(text);
    expect(out).toContain('全市医护比|1.1|1:|=|baseline|2026');
    expect(out).toContain('全市医护比|1.15|1:|>=|target|2027');
    expect(out).toContain('二级以上医院床护比|0.6|1:|=|target|2027');
  });

  it('should support ratio cells of a table flattened one cell a line', async () => {
    const text = ['某县卫生健康事业发展规划（2026—2030年）', '二、发展目标', '表1　主要指标', '指标', '单位', '2025年', '2030年', '属性', '每千人口注册护士数', '人', '3.20', '3.90', '预期性', '医护比', '/', '1:1.08', '1:1.25', '预期性', '三、主要任务'].join('\n');
    const out = await got(text);
    expect(out).toContain('医护比|1.08|1:|=|baseline|2025');
    expect(out).toContain('医护比|1.25|1:|=|target|2030');
  });

  it('should not support a time of day or a score written with a colon as a ratio', async () => {
    const text = ['某市2027年工作要点', '一、主要指标', '指标名称\t2026年\t2027年目标', '门诊开诊时间\t8:00\t7:30'].join('\n');
    const out = await got(text);
    expect(out.some((s) => s.includes('|1:|'))).toBe(false);
  });
});
