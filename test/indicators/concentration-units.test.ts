// Concentrations per litre as 地方病, 饮用水 and 营养 plans set them: micrograms per litre (μg/L, µg/L, 微克/升) for iodine in urine,
// milligrams per litre in SI symbols (mg/L) for fluoride and other substances in drinking water. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (...lines: string[]) =>
  (await extract(['某县地方病防治工作方案', ...lines.map((l) => `　　${l}`)].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [
    i.metric,
    i.value,
    i.unit,
    i.comparator,
  ]);

describe('indicators: concentrations per litre', () => {
  it('should support a floor in μg/L', async () => {
    expect(await items('哺乳期妇女尿碘中位数不低于100μg/L。')).toEqual([['哺乳期妇女尿碘中位数', 100, 'μg/L', '>=']]);
  });

  it('should support a band in μg/L', async () => {
    expect(await items('学龄儿童尿碘中位数维持在100—299μg/L。')).toEqual([['学龄儿童尿碘中位数', [100, 299], 'μg/L', 'range']]);
  });

  it('should support the micro sign µ, reported as μ', async () => {
    expect(await items('孕期妇女尿碘中位数达到160µg/L以上。')).toEqual([['孕期妇女尿碘中位数', 160, 'μg/L', '>=']]);
  });

  it('should support 微克/升 written in words', async () => {
    expect(await items('育龄妇女尿碘中位数保持在150微克/升以上。')).toEqual([['育龄妇女尿碘中位数', 150, '微克/升', '>=']]);
  });

  it('should support a cap in mg/L', async () => {
    expect(await items('农村集中供水工程出厂水氟化物含量不超过1.0mg/L。')).toEqual([['农村集中供水工程出厂水氟化物含量', 1.0, 'mg/L', '<=']]);
  });

  it('should not support a concentration that picks out the works a rule applies to', async () => {
    expect(await items('对出厂水砷含量高于0.01mg/L的供水工程，限期完成除砷改造。')).toEqual([]);
  });

  it('should not support the iodine content of salt, a product standard (mg/kg is no unit)', async () => {
    expect(await items('加碘食盐碘含量执行30mg/kg的地方标准，允许范围为21—39mg/kg。')).toEqual([]);
  });
});
