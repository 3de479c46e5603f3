// Units and verbs of 数据/新基建/政务服务 plans: power in SI symbols (kW, MW, kWh), seconds, channels of video (路), capacity
// expanded to a level (扩容至), terminals deployed (部署), funds pooled over a plan's years (三年统筹安排), and a per-head ratio
// written without its 数 (每万常住人口全科医生4.5人). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市数据局2027年工作要点') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.year]);

describe('indicators: units and verbs of data and digital plans', () => {
  it('should support power in kW and MW and energy in kWh, reported as written', async () => {
    const out = await items(['一、算力设施', '新建机柜平均功率不低于10kW，分布式光伏装机达到20MW，年节电量200万kWh以上。']);
    expect(out).toEqual([
      ['新建机柜平均功率', 10, 'kW', '>=', 2027],
      ['分布式光伏装机', 20, 'MW', '=', 2027],
      ['年节电量', 200, '万kWh', '>=', 2027],
    ]);
  });

  it('should support seconds as a measure, and 秒 inside a rate name staying in the name', async () => {
    const out = await items(['一、政务服务', '政务热线平均应答时间不超过20秒，来电20秒内接通率达到92%。']);
    expect(out).toEqual([
      ['政务热线平均应答时间', 20, '秒', '<=', 2027],
      ['来电20秒内接通率', 92, '%', '=', 2027],
    ]);
  });

  it('should support channels of video counted in 路 after a target verb', async () => {
    const out = await items(['一、智慧城市', '公共安全视频接入平台达到1.6万路。']);
    expect(out).toEqual([['公共安全视频接入平台', 1.6, '万路', '=', 2027]]);
  });

  it('should not support bus routes, roads and a road junction written with 路 as counts', async () => {
    const out = await items(['一、交通出行', '新开通3路、5路公交车，改造6路口信号灯，一路畅通。']);
    expect(out).toEqual([]);
  });

  it('should support 扩容至 as the level a capacity is expanded to, and 部署 counting what is put in place', async () => {
    const out = await items(['一、网络设施', '政务外网带宽扩容至40Gbps，存储扩容到5PB，部署边缘计算节点30个。']);
    expect(out).toEqual([
      ['政务外网带宽', 40, 'Gbps', '=', 2027],
      ['存储', 5, 'PB', '=', 2027],
      ['边缘计算节点', 30, '个', '=', 2027],
    ]);
  });

  it('should not support the noun 部署 of a decision setting a count', async () => {
    const out = await items(['一、总体要求', '按照省政府工作部署，3月底前完成全部排查。']);
    expect(out).toEqual([]);
  });

  it('should support funds pooled over the plan years (三年统筹安排) as due by the plan\'s last year', async () => {
    const out = await items(['一、资金保障', '三年统筹安排数字化转型资金6000万元。'], '某市数字化转型三年行动计划（2027—2029年）');
    expect(out).toEqual([['数字化转型资金', 6000, '万元', '=', 2029]]);
  });

  it('should support a per-head ratio named without 数 and written with no verb', async () => {
    const out = await items(['一、主要目标', '每千人口床位7.2张，每万常住人口全科医生5人。'], '某县2027年卫生健康工作要点');
    expect(out).toEqual([
      ['每千人口床位', 7.2, '张', '=', 2027],
      ['每万常住人口全科医生', 5, '人', '=', 2027],
    ]);
  });

  it('should not support a bare count of people with no per-head opening becoming such a ratio', async () => {
    const out = await items(['一、形势', '乡镇卫生院全科医生5人，护士8人。'], '某县2027年卫生健康工作要点');
    expect(out).toEqual([]);
  });
});
