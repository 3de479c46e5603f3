// The least time a rule of procedure keeps between two acts of one person (间隔不少于N个月/周/天) is no target; an interval a plan
// shortens for a service, bounded from above, still is. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县预防接种和采供血工作规范（2026—2028年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: least spacing between two acts', () => {
  it('should not support a least interval between two donations or two doses', async () => {
    const out = await items(['一、服务规范', '严格执行采血规范，两次捐献全血间隔不少于6个月，机采成分血间隔不少于2周；乙肝疫苗两剂次接种间隔至少28天。']);
    expect(out).toEqual([]);
  });

  it('should not support a least interval written with 以上 after the time', async () => {
    const out = await items(['一、服务规范', '同一患者两次复查间隔3个月以上。']);
    expect(out).toEqual([]);
  });

  it('should support a service interval bounded from above and a count beside the spacing rule', async () => {
    const out = await items(['一、工作目标', '城区公交高峰发车间隔不超过8分钟，两次采血间隔不少于6个月，全年采集全血不少于5万单位。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [8, '分钟', '<='],
      [5, '万单位', '>='],
    ]);
  });
});
