// Plans list the tiers of an honour, a title or a facility writing the thing once (创建国家级示范区2个、省级5个; 培育县级以上龙头企业
// 10家，其中省级2家): a tier alone before its count, after a thing ranked by another tier in the same unit, is the same thing of that
// tier (src/indicators/shapes.ts otherTier); the bound of the tier before (县级以上) is that tier's. Not another unit, nor a tier
// after a thing no tier ranks. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (body: string) =>
  (await extract(`某县2027年工作要点\n一、重点任务\n${body}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit]);

describe('indicators: a tier alone after a thing ranked by another tier', () => {
  it('should support a listed tier as the same thing of that tier', async () => {
    expect(await read('创建国家级卫生乡镇1个、省级4个、市级12个。')).toEqual([
      ['国家级卫生乡镇', 1, '个'],
      ['省级卫生乡镇', 4, '个'],
      ['市级卫生乡镇', 12, '个'],
    ]);
  });

  it('should support a tier after 其中 and a tier with the tiers above it before', async () => {
    expect(await read('认定市级以上科技型中小企业60家，其中省级15家。')).toEqual([
      ['市级以上科技型中小企业', 60, '家'],
      ['省级科技型中小企业', 15, '家'],
    ]);
  });

  it('should not support a tier after a thing no tier ranks, nor in another unit', async () => {
    // 村级 ranks a facility of the village, no tier of an honour: 省级 is not read as another tier of it.
    expect((await read('新建村级养老服务站20个、省级3个。')).map((i) => i[0])).not.toContain('省级养老服务站');
    expect((await read('创建国家级示范基地2个，省级示范基地覆盖率达到60%。')).map((i) => i[0])).toEqual(['国家级示范基地', '省级示范基地覆盖率']);
  });
});
