// A unit written in a row name's bracket with a Latin symbol (抗菌药物使用强度（DDDs/每百人天）) is the row's unit: the symbol is
// one word of the unit however many letters it has. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const got = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit ?? ''}|${i.comparator}|${i.kind}|${i.year}`);

describe('tables: a bracketed unit with a Latin symbol', () => {
  it('should support DDDs per 100 patient-days from the name bracket', async () => {
    const text = ['某市2027年合理用药工作方案', '一、工作目标', '指标名称\t2026年\t2027年目标', '门诊患者抗菌药物使用率（%）\t18.5\t≤18', '住院患者抗菌药物使用强度（DDDs/每百人天）\t42.3\t≤40'].join('\n');
    const out = await got(text);
    expect(out).toContain('住院患者抗菌药物使用强度|42.3|DDDs/每百人天|=|baseline|2026');
    expect(out).toContain('住院患者抗菌药物使用强度|40|DDDs/每百人天|<=|target|2027');
  });

  it('should not support a long note in the name bracket as a unit', async () => {
    const text = ['某市2027年工作要点', '一、主要指标', '指标名称\t2026年\t2027年目标', '重点人群签约率（按常住人口口径计算的比例）\t68\t≥70'].join('\n');
    const out = await got(text);
    expect(out.every((s) => !s.includes('按常住人口口径'))).toBe(true);
  });
});
