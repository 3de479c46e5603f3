// The 信息报告 rules of health and emergency documents set the time a report is allowed and name the system it goes
// through between the time and the step (在2小时内通过…信息系统进行网络直报, 于24小时内经由…平台上报): the duration is the
// time a procedure allows, as it is before the step itself (在2小时内报告) or before whom it goes to (在1小时内向…报告).
// A time a target verb sets, and a share named by such a time, stay. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators } from './helpers.js';

const hours = (text: string) => indicators(text, { years: [2027, 2027], annual: true }).filter((i) => i.unit === '小时' || i.unit === '分钟');

describe('a reporting time limit before the channel the report goes through', () => {
  it('should support 在N小时内通过…系统进行网络直报 as a procedure (no item)', () => {
    expect(hours('责任报告单位发现传染病暴发疫情后，应当在2小时内通过传染病疫情监测信息系统进行网络直报。')).toEqual([]);
  });
  it('should support 在N小时内通过…平台报告 as a procedure (no item)', () => {
    expect(hours('乡镇卫生院接到群体性不明原因疾病报告后，须在1小时内通过卫生应急指挥平台报告县卫生健康局。')).toEqual([]);
  });
  it('should support 在N小时内经由…平台报送 as a procedure (no item)', () => {
    expect(hours('监测哨点发现可疑病例后，应在6小时内经由省级疾控信息平台报送检测结果。')).toEqual([]);
  });
  it('should not support dropping a time a target verb sets before the channel', () => {
    expect(hours('全县急救车辆平均到达现场时间缩短至15分钟以内。').map((i) => i.value)).toEqual([15]);
  });
  it('should not support dropping a share named by such a time', () => {
    const all = indicators('到2027年，突发公共卫生事件在2小时内通过信息系统网络直报的比例达到98%以上。', { years: [2027, 2027], annual: true });
    expect(all.filter((i) => i.unit === '%').map((i) => i.value)).toEqual([98]);
  });
});
