// A 主要指标 table of PDF layout text (cells parted by runs of spaces) whose row has a name the page wrapped onto two lines
// and its other cells set beside the SECOND line: the row's first line holds its number and the name's start only. The
// row is one row with the name joined, and the rows after it stay in the table. Tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const got = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit ?? ''}|${i.comparator}|${i.kind}|${i.year}`);

const plan = (rows: string[]) =>
  [
    '某市“十五五”老龄事业发展规划',
    '二、发展目标',
    '　　到2030年，全市养老服务体系更加健全。',
    '表1　主要指标',
    '序号  指标名称                          单位    2025年    2030年    属性',
    ...rows,
    '三、主要任务',
    '（一）完善服务网络。',
  ].join('\n');

describe('blocks: a space-parted table row whose cells stand beside its wrapped name\'s second line', () => {
  it('should support the row, its name joined, and the rows after it', async () => {
    const out = await got(
      plan([
        '1     养老机构护理型床位占比            %       58        ≥65       约束性',
        '2     具备医疗服务能力的街道综合养老',
        '      服务中心占比                      %       41        ≥70       预期性',
        '3     每千名老年人拥有养老床位数        张      32.5      35        预期性',
      ]),
    );
    expect(out).toContain('具备医疗服务能力的街道综合养老服务中心占比|41|%|=|baseline|2025');
    expect(out).toContain('具备医疗服务能力的街道综合养老服务中心占比|70|%|>=|target|2030');
    expect(out).toContain('每千名老年人拥有养老床位数|32.5|张|=|baseline|2025');
    expect(out).toContain('每千名老年人拥有养老床位数|35|张|=|target|2030');
  });

  it('should support a wrapped name (cells on its first line) just before such a row', async () => {
    const out = await got(
      plan([
        '1     设置老年医学科的二级以上综合医    %       62        ≥90       预期性',
        '      院占比',
        '2     开展老年人能力综合评估的社区卫',
        '      生服务中心占比                    %       35        ≥60       预期性',
      ]),
    );
    expect(out).toContain('设置老年医学科的二级以上综合医院占比|62|%|=|baseline|2025');
    expect(out).toContain('开展老年人能力综合评估的社区卫生服务中心占比|60|%|>=|target|2030');
  });

  it('should not support joining a numbered paragraph after the table to the line under it', async () => {
    const out = await got(
      plan([
        '1     每千名老年人拥有养老床位数        张      32.5      35        预期性',
        '2     老年人健康管理',
        '　　全市65岁以上老年人健康管理率达到75%，建成示范社区12个。',
      ]),
    );
    expect(out.some((s) => s.startsWith('老年人健康管理全市'))).toBe(false);
    expect(out).toContain('每千名老年人拥有养老床位数|35|张|=|target|2030');
  });
});
