// Notes under a table (注：1. 2.): their numbers are the notes', not the outline's.
import { describe, expect, it } from 'vitest';
import { classify } from './blocks-helpers.js';

describe('blocks: table note', () => {
  it('should support 注： followed by numbered notes on their own lines', () => {
    const c = classify(['（二）主要指标', '地区生产总值增速', '6%', '注：', '1.地区生产总值按可比价计算。', '2.［］内为五年累计数。', '（三）主要任务'].join('\n'));
    expect(c.kindOf('注：')).toBe('table-note');
    expect(c.kindOf('1.地区生产总值')).toBe('table-note');
    expect(c.kindOf('2.［］内')).toBe('table-note');
    expect(c.kindOf('（三）主要任务')).toBe('body');
  });

  it('should support a first note on the 注： line (注：1. … / 2. …)', () => {
    const c = classify(['注：1.带*的为约束性指标。', '2.单位GDP能耗按2020年价格计算。', '三、保障措施'].join('\n'));
    expect(c.kindOf('2.单位GDP')).toBe('table-note');
    expect(c.kindOf('三、保障措施')).toBe('body');
  });

  it('should support 说明： right under a flattened indicator table', () => {
    const text = ['表1 主要指标', '指标名称', '单位', '2020年', '2025年', '属性', '人均预期寿命', '岁', '78.3', '79', '预期性', '孕产妇死亡率', '/10万', '7.5', '≤7', '约束性', '每千人口医师数', '人', '2.9', '3.2', '预期性', '说明：', '1.孕产妇死亡率为五年平均。', '2.医师数含助理医师。', '三、主要任务'].join('\n');
    const c = classify(text);
    expect(c.kindOf('孕产妇死亡率\n')).toBe('table');
    expect(c.kindOf('2.医师数')).toBe('table-note');
    expect(c.kindOf('三、主要任务')).toBe('body');
  });

  it('should not support 说明： in the body, away from a table, as a note', () => {
    expect(classify(['三、编制说明', '说明：本方案依据上级文件编制。', '1.适用范围。'].join('\n')).kindOf('1.适用范围')).toBe('body');
  });

  it('should not support a body item that starts with a note-like word as a note', () => {
    const c = classify(['一、主要任务', '注重发挥基层作用，1.强化网格管理。', '2.完善服务。'].join('\n'));
    expect(c.kindOf('注重发挥')).toBe('body');
  });
});
