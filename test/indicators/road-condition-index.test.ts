// MQI, PQI, PCI, RQI: the road condition indices of the 公路技术状况评定标准 (JTG 5210), scores out of 100 that 公路 养护 plans set
// and reviews report written bare after the Latin abbreviation (普通省道PQI达到80以上): the bare number is their value, unit null,
// as for 指数 written in full. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'roads.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某市公路事业发展中心2027年工作要点', '一、主要任务', ...lines].join('\n');

describe('indicators: road condition indices named by their abbreviation (MQI, PQI, PCI, RQI)', () => {
  it('should support a bare score after MQI or PQI as the index value with no unit', async () => {
    expect(await items(plan('（一）提升路况。全市普通国道MQI保持在88以上。'))).toEqual([['普通国道MQI', 88, null, '>=']]);
    expect(await items(plan('（一）提升路况。县道PQI不低于78。'))).toEqual([['县道PQI', 78, null, '>=']]);
    expect((await items(plan('（一）提升路况。高速公路路面PCI达到92，RQI达到90以上。'))).map((i) => i.slice(1))).toEqual([[92, null, '='], [90, null, '>=']]);
  });

  it('should not support a number with its own unit or a count of roads named by the abbreviation as a bare index', async () => {
    expect((await items(plan('（一）路况检测。完成MQI检测里程1200公里。'))).map((i) => i.slice(1, 3))).toEqual([[1200, '公里']]);
    expect((await items(plan('（一）路况评定。普通省道PQI优等路率达到85%。'))).map((i) => i.slice(1, 3))).toEqual([[85, '%']]);
  });
});
