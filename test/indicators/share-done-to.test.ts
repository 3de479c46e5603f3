// A share written right after 对 or 为 (past a scope and its bound) and closed by 的 is the share of what a measure is done to —
// 社会组织, 企业, 养老机构 chosen for a check, an audit or an assessment, the people a service reaches — as 民政, 市场监管 and 卫健
// plans set their yearly quotas; a noun of people ending in 者 (社会工作者, 社区工作者) is counted whole. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[]) =>
  (await extract(['某县民政局2027年工作要点', ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.text]);

describe('indicators: a share of what a measure is done to', () => {
  it('should support a share after 对 and its bound as the share of the noun the measure is done to', async () => {
    const out = await items(['一、加强监管', '每年对不少于8%的民办非企业单位开展财务审计。']);
    expect(out).toEqual([['民办非企业单位财务审计比例', 8, '%', '>=', '对不少于8%的民办非企业单位开展财务审计']]);
  });

  it('should support such a share at the opening of its clause, with its bound after it and another light verb', async () => {
    const out = await items(['一、加强监管', '对40%以上的乡镇敬老院进行星级评定，评定结果向社会公布。']);
    expect(out).toEqual([['乡镇敬老院星级评定比例', 40, '%', '>=', '对40%以上的乡镇敬老院进行星级评定']]);
  });

  it('should support a scope between 对 and the share, and 为 before the share of the people a service reaches', async () => {
    const out = await items(['一、加强服务', '每年对全县不低于15%的养老机构开展消防检查；为85%以上的特困供养人员提供年度体检。']);
    expect(out).toEqual([
      ['养老机构消防检查比例', 15, '%', '>=', '对全县不低于15%的养老机构开展消防检查'],
      ['特困供养人员年度体检比例', 85, '%', '>=', '为85%以上的特困供养人员提供年度体检'],
    ]);
  });

  it('should not support a value of a property named after 对 being read as such a share', async () => {
    const out = await items(['一、加强监管', '对年检合格率达到95%以上的街道给予通报表扬。']);
    expect(out).toEqual([]);
  });

  it('should not support a share after 对 with no measure done to it becoming an item', async () => {
    const out = await items(['一、加强监管', '对60%以上的社区给予表扬。']);
    expect(out).toEqual([]);
  });
});

describe('indicators: a counted noun of people ending in 者', () => {
  it('should support 工作者 after a count as the whole noun counted', async () => {
    const out = await items(['一、加强队伍建设', '每个乡镇社工站至少配备2名专职社区工作者。']);
    expect(out.map((i) => [i[0], i[1], i[2]])).toEqual([['专职社区工作者', 2, '名']]);
  });

  it('should not support a head after the people ending in 者 being cut off', async () => {
    const out = await items(['一、加强队伍建设', '全年培育12支社区工作者服务队伍。']);
    expect(out.map((i) => [i[0], i[1]])).toEqual([['社区工作者服务队伍', 12]]);
  });
});
