// A township's plan is placed in the county whose 县委、县政府 it works under (gold README; fixtures g159, g472). Where the divisions
// dataset does not hold that county (renamed, newly set up, or invented as here), the county is written as the text names it after
// its word of basis (根据某县委、县政府…), as region.ts writes other places the dataset does not know. Invented places throughout.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const townPlan = (organ: string, basis: string): string =>
  doc(`${organ}2027年健康村镇建设工作方案`, `为推进健康村镇建设，${basis}，结合我镇实际，制定本方案。`, '一、工作目标', '全镇卫生厕所普及率达到95%。', organ, '2027年2月8日');

describe('meta region: the county a township works under, as written', () => {
  it('should support a county the dataset does not hold, named after a word of basis', async () => {
    const m = await meta(townPlan('青枫镇人民政府', '根据澄岭县委、县政府关于健康村镇建设的部署'));
    expect(m.region).toBe('澄岭县');
    expect(m.regionCode).toBeNull();
    expect((await meta(townPlan('杉口乡人民政府', '按照澄岭县委县政府统一部署'))).region).toBe('澄岭县');
  });

  it('should not support a city the dataset does not hold, nor a county named without a word of basis', async () => {
    expect((await meta(townPlan('青枫镇人民政府', '根据澄州市委、市政府关于健康村镇建设的部署'))).region).toBeNull();
    expect((await meta(townPlan('青枫镇人民政府', '学习澄岭县委、县政府关于健康村镇建设的部署'))).region).toBeNull();
  });
});
