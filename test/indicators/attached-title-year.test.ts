// A document printed after a plan that names no years (a 办法 for no period, then 附件 …2027年度考核细则) is dated by its own title:
// where that title names one year, its targets that name none are that year's, as an annual plan's are. Documents written for the test.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const rules = (sheetTitle: string): string =>
  [
    '某县疾病预防控制中心工作考核办法',
    '一、考核对象',
    '全县各乡镇卫生院。',
    '二、考核方式',
    '考核实行百分制，年终一次性考核。',
    '附件',
    sheetTitle,
    '一、免疫规划（20分）',
    '1.疫苗接种（20分）。目标值：适龄儿童免疫规划疫苗接种率达到95%以上。每低1个百分点扣1分。',
    '二、传染病防控（20分）',
    '2.传染病报告（20分）。目标值：法定传染病报告及时率达到98%。',
  ].join('\n');

const years = (items: string[]): string[] => items.map((i) => i.split('|').slice(1, 3).concat(i.split('|')[5] ?? '').join('|'));

describe('the title of an attached document naming one year (附件 …2027年度考核细则)', () => {
  it('should support that year for the targets of the attached document', async () => {
    expect(years(await documentItems(rules('某县乡镇卫生院2027年度疾病预防控制工作考核细则')))).toEqual(['95|%|2027', '98|%|2027']);
  });
  it('should not support a year from an attached title that names none, or a span', async () => {
    expect(years(await documentItems(rules('某县乡镇卫生院疾病预防控制工作考核细则')))).toEqual(['95|%|null', '98|%|null']);
    expect(years(await documentItems(rules('某县乡镇卫生院2026—2028年疾病预防控制工作考核细则')))).toEqual(['95|%|null', '98|%|null']);
  });
});
