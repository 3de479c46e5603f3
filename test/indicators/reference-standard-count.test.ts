// 对照 (also 对标, 比照) opens a phrase that names the standard a work is checked or measured against (对照…N项指标逐项自查,
// 对标…N条标准查找差距): a count inside that phrase is the size of the reference set, what the standard holds, no level measured
// and no target (grammars/indicators.yaml referenceLeads). A bound or a target verb of the count's own still makes it an item.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) => (await extract(lines.join('\n'), { path: 'reference.txt' })).indicators.map((i) => [i.value, i.unit, i.kind]);

describe('indicators: a count of the standard a work is checked against', () => {
  it('should not support the count after 对照 in a review as a measured level', async () => {
    expect(await items(['某县妇幼保健院2027年工作计划', '一、2026年工作回顾', '2026年，全院门诊量12.6万人次，对照省级妇幼保健机构评审标准48项指标逐项开展自查，住院分娩率100%。'])).toEqual([
      [12.6, '万人次', 'actual'],
      [100, '%', 'actual'],
    ]);
  });

  it('should not support the count of a standard after 对标 in a plan as a target', async () => {
    expect(await items(['某区卫生健康局2027年工作要点', '一、重点工作', '对标国家慢性病综合防控示范区建设指标体系26项指标查找短板，全区高血压患者规范管理率达到65%。'])).toEqual([
      [65, '%', 'target'],
    ]);
  });

  it('should support a count with its own bound or target verb after a 对照 lead', async () => {
    expect(await items(['某市卫生健康委2027年工作要点', '一、重点工作', '对照巡察反馈意见，完成整改事项不少于30项。'])).toEqual([
      [30, '项', 'target'],
    ]);
  });
});
