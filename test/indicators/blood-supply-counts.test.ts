// How 献血/采供血 plans count what they collect and whom they recruit: platelets in therapeutic doses (治疗量, 个治疗量) beside the
// units of whole blood, and volunteers and donors recruited (招募, 新招募 N 人/人份/名). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市2027年采供血工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: blood-supply counts', () => {
  it('should support platelets counted in therapeutic doses, with or without 个', async () => {
    const out = await items(['一、工作目标', '全年采集全血6.5万单位，机采血小板采集量达到2200治疗量以上。', '二、重点任务', '中心血站全年采集机采血小板900个治疗量。']);
    expect(out.filter((i) => i[2] === '治疗量').map((i) => [i[1], i[3]])).toEqual([
      [2200, '>='],
      [900, '='],
    ]);
  });

  it('should support a 其中 part of platelets in therapeutic doses under the units collected', async () => {
    const out = await items(['一、工作目标', '全市采血量达到7.2万单位，其中机采血小板不少于1300治疗量。']);
    expect(out.map((i) => [i[1], i[2], i[3]])).toEqual([
      [7.2, '万单位', '='],
      [1300, '治疗量', '>='],
    ]);
  });

  it('should support volunteers and donors recruited after 招募 and 新招募', async () => {
    const out = await items(['一、工作目标', '全年新招募中华骨髓库志愿者800人份，招募应急献血志愿者300名。']);
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [800, '人份', 'target'],
      [300, '名', 'target'],
    ]);
  });

  it('should not support 治疗量 inside a word or a count of units as a dose', async () => {
    const out = await items(['一、工作目标', '规范3个单位的治疗量评估工作。']);
    expect(out.filter((i) => i[2] === '治疗量')).toEqual([]);
  });
});
