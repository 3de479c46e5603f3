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

  it('should not support a body item that starts with a note-like word as a note', () => {
    const c = classify(['一、主要任务', '注重发挥基层作用，1.强化网格管理。', '2.完善服务。'].join('\n'));
    expect(c.kindOf('注重发挥')).toBe('body');
  });
});
