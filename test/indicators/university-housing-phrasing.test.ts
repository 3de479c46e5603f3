// How 高校 and 住房保障 plans write their counts: courses counted in 门, research funds that reached the account (经费到账), patents
// granted (授权发明专利), a percentage band of a ranking that names the class of what a count after it counts (ESI前1%学科), and
// the eligibility re-check (资格复核) a housing or welfare office runs by a cadence. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某学院2027年工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: 高校 and 住房保障 phrasing', () => {
  it('should support courses counted in 门', async () => {
    const out = await items(['一、深化教学改革', '全年立项建设省级线上线下混合式课程18门，开设创新创业教育课程不少于10门。']);
    expect(out).toEqual([
      ['省级线上线下混合式课程', 18, '门', '=', 'target', 2027],
      ['创新创业教育课程', 10, '门', '>=', 'target', 2027],
    ]);
  });

  it('should not support 门 where it starts a noun of its own', async () => {
    const out = await items(['一、完善服务', '在2门诊楼设置便民服务点，产品涵盖15门类。']);
    expect(out.filter((i) => i[2] === '门')).toEqual([]);
  });

  it('should support research funds that reached the account, written bare after the fund', async () => {
    const out = await items(['一、2026年工作回顾', '2026年，纵向科研经费到账6500万元，同比增长12%。']);
    expect(out[0]).toEqual(['纵向科研经费到账', 6500, '万元', '=', 'actual', 2026]);
  });

  it('should support the patents granted, named with 授权, and not a 学位授权点 as a verb', async () => {
    const out = await items(['一、提升科研能力', '授权发明专利120件，新增专业学位授权点2个。']);
    expect(out).toEqual([
      ['授权发明专利', 120, '件', '=', 'target', 2027],
      ['专业学位授权点', 2, '个', '=', 'target', 2027],
    ]);
  });

  it('should support a count of the disciplines a percentage band of a ranking classes, the band no item', async () => {
    const out = await items(['一、加强学科建设', '力争新增ESI前1%学科2个，化学学科进入ESI前1‰学科达到1个。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([
      [2, '个'],
      [1, '个'],
    ]);
  });

  it('should not support a band that ends its clause as a class: it stays a rank target', async () => {
    const out = await items(['一、加强学科建设', '工程学学科保持ESI全球前1%。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([[1, '%', '<=']]);
  });

  it('should not support a yearly eligibility re-check as a count, but should support a count of re-checks in the year', async () => {
    const routine = await items(['一、加强动态管理', '每年开展一次公租房保障家庭资格复核。'], '某市住房和城乡建设局2027年住房保障工作计划');
    expect(routine).toEqual([]);
    const target = await items(['一、加强动态管理', '全年开展保障对象资格复核2次。'], '某市住房和城乡建设局2027年住房保障工作计划');
    expect(target.map((i) => [i[1], i[2]])).toEqual([[2, '次']]);
  });
});
