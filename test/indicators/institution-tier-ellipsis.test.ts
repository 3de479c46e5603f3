// Parallel targets of the tiers of one kind of institution write the measure once (三级医院平均住院日不超过8天，二级医院不超过7.5天):
// the later tier, named alone before its value in the same unit, takes the measure of the one before (src/indicators/shapes.ts
// otherInstitution). So does another kind of institution in the same unit (县级医院平均住院日不超过8天，乡镇卫生院不超过6天: the
// 卫生院's own 平均住院日, shapes.ts opensWithTier), but not a count of the institutions themselves (…总数达到200家，其中营收超亿元企业
// 10家). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (body: string) =>
  (await extract(`某县2027年卫生健康工作要点\n一、主要目标\n${body}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a measure written once over tiers of institutions', () => {
  it('should support a later tier alone before its value as the same measure of that tier', async () => {
    expect(await read('三级医院平均住院日不超过8.5天，二级医院不超过7天；二级公立医院住院患者满意度达到92%，一级公立医院达到90%。')).toEqual([
      ['三级医院平均住院日', 8.5, '天', '<='],
      ['二级医院平均住院日', 7, '天', '<='],
      ['二级公立医院住院患者满意度', 92, '%', '='],
      ['一级公立医院住院患者满意度', 90, '%', '='],
    ]);
  });

  it('should support another kind of institution taking the measure before in the same unit', async () => {
    expect(await read('县级医院平均住院日不超过8天，乡镇卫生院不超过6天。')).toEqual([
      ['县级医院平均住院日', 8, '天', '<='],
      ['乡镇卫生院平均住院日', 6, '天', '<='],
    ]);
  });

  it('should not support a count of institutions as taking the measure before', async () => {
    expect(await read('医疗卫生企业总数达到120家，其中规上企业15家。')).toEqual([
      ['医疗卫生企业总数', 120, '家', '='],
      ['规上企业', 15, '家', '='],
    ]);
  });
});
