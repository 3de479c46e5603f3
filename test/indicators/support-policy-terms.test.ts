// What a support policy (人才新政, 若干措施, 支持…产业发展的若干政策) grants and to whom is no level the plan sets: amounts granted
// with 给予 before a reward noun that says what the money is for (生活补贴, 购房补贴, 技能提升补贴), the age and the thresholds that
// say who may claim it (年龄在35周岁以下的…，给予…; 留用率达到60%以上的单位，另给予…奖励), the rank cut of those rewarded (对…前3名的
// 乡镇给予表扬) and the years a benefit is paid over (连续发放3年). A yield per mu (公斤/亩) is a level as a size is. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (title: string, lines: string[]) =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind]);
const policy = (lines: string[]) => items('某县关于加快集聚青年人才的若干措施', lines);

describe('indicators: the standards and conditions of a support policy', () => {
  it('should not support amounts granted with 分别给予 before a reward noun being read as targets', async () => {
    expect(await policy(['一、支持人才安居', '对在我县首次购房的博士、硕士，分别给予30万元、15万元安家补贴。'])).toEqual([]);
    expect(await policy(['一、鼓励技能提升', '对取得技师、高级技师证书的职工，分别给予1500元、2500元岗位提升补助。'])).toEqual([]);
  });

  it('should not support amounts granted class by class with 分别给予 being read as targets, whatever the noun after them', async () => {
    const out = await policy(['一、支持创业项目', '对评审入选的创业项目，按一、二、三等分别给予80万元、50万元、20万元项目启动经费。']);
    expect(out).toEqual([]);
  });

  it('should support a subsidy rate paid with 予以 or 追加 named by its reward word, as one paid with 给予', async () => {
    const out = await policy(['一、鼓励企业投资', '对新建研发中心的企业，按设备投资额的15%予以补助；对投资额超过5000万元的，再按其投资额的5%追加奖励。']);
    expect(out.map((o) => [o[0], o[1]])).toEqual([
      ['补助比例', 15],
      ['奖励比例', 5],
    ]);
  });

  it('should not support an age that says who may claim a grant being read as the age of a service', async () => {
    const out = await policy(['一、发放生活补贴', '对新到我县企业就业、年龄在30周岁以下的本科毕业生，给予每人每月800元租房补贴。']);
    expect(out).toEqual([]);
  });

  it('should not support a threshold closed by 的 and the noun of who qualifies, before a grant, being read as a target', async () => {
    const out = await policy(['一、扩大见习规模', '每年开发见习岗位500个以上；见习留用率达到50%以上的企业，另给予一次性奖励1万元。']);
    expect(out).toEqual([['见习岗位', 500, '个', '>=', 'target']]);
  });

  it('should not support the rank cut of those a 对 clause rewards being read as a target', async () => {
    const out = await items('某县2027年耕地保护工作方案', ['一、严格考核', '对年度考核排名靠前的前5名村给予通报表扬。']);
    expect(out).toEqual([]);
  });

  it('should not support the years a benefit is paid over being read as a target', async () => {
    expect(await policy(['一、发放补贴', '符合条件的，按每人每月500元发放生活补贴，连续发放2年。'])).toEqual([]);
    expect(await policy(['一、发放补贴', '对留在本县创业的，连续3年给予场地租金补贴。'])).toEqual([]);
  });

  it('should support a target next to such standards, and a threshold before 的 that is no grant', async () => {
    const out = await policy(['一、引进人才', '2027年引进高层次人才80名以上，对引进的人才分别给予20万元、10万元安家补贴。', '二、加强服务', '人才服务满意度达到95%以上的目标。']);
    expect(out).toEqual([
      ['高层次人才', 80, '名', '>=', 'target'],
      ['人才服务满意度', 95, '%', '>=', 'target'],
    ]);
  });

  it('should support a yield per mu in a review sentence with no verb as a level reached', async () => {
    const out = await items('某县2027年粮食生产工作方案', ['2026年，全县玉米平均单产512公斤/亩，大豆平均单产135公斤/亩。']);
    expect(out).toEqual([
      ['玉米平均单产', 512, '公斤/亩', '=', 'actual'],
      ['大豆平均单产', 135, '公斤/亩', '=', 'actual'],
    ]);
  });

  it('should not support a span of years that no benefit is paid over being dropped', async () => {
    const out = await items('某县2027年粮食生产工作方案', ['全县粮食播种面积连续3年稳定在120万亩以上。']);
    expect(out.map((o) => o[1])).toEqual([120]);
  });
});
