// A period typed for the full stop 。: text typed with the input method in half-width mode ends its sentences with . (or the
// full-width ．) after a word (…组建医疗集团3个.力争…). It ends run-in titles and sentences as 。 does; a period between digits
// (80.5), after a marker's numeral (1.), or before a Latin letter (方案.doc, www.gov.cn) is none (text/ends.ts). Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { endsSentence, periodEndsSentence } from '../../src/text/ends.js';
import { outline } from '../outline/outline-helpers.js';
import { indicators } from '../indicators/helpers.js';

describe('a period typed as a full stop', () => {
  it('should support a period after a word, a unit sign or a bracket as a full stop', () => {
    expect(periodEndsSentence('组建医疗集团3个.力争', 8)).toBe(true);
    expect(periodEndsSentence('提高到95%.', 6)).toBe(true);
    expect(periodEndsSentence('强化公共卫生．一是', 6)).toBe(true);
    expect(endsSentence('（一）深化医改.')).toBe(true);
  });
  it('should not support a decimal point, a marker or a file name as a full stop', () => {
    expect(periodEndsSentence('达到80.5岁', 4)).toBe(false);
    expect(periodEndsSentence('1.推进', 1)).toBe(false);
    expect(periodEndsSentence('实施方案.doc', 4)).toBe(false);
    expect(periodEndsSentence('等...', 1)).toBe(false);
    expect(endsSentence('详见www.gov.cn')).toBe(false);
  });
  it('should support a run-in heading closed by a period as its title alone', async () => {
    const text = '二.重点工作\n(一)深化医改.推进紧密型医疗集团建设,组建医疗集团3个.\n(二)强化公共卫生.做好免疫规划.\n';
    expect(await outline(text)).toEqual(['二. 重点工作', '  (一) 深化医改', '  (二) 强化公共卫生']);
  });
  it('should support a count before a period as named by the words before it', () => {
    expect(indicators('推进紧密型医疗集团建设,组建医疗集团3个.力争年内全部运行.').map((i) => `${i.metric} ${i.value}${i.unit}`)).toEqual(['医疗集团 3个']);
  });
  it('should not support cutting a decimal value at its point', () => {
    expect(indicators('人均预期寿命达到80.5岁.').map((i) => i.value)).toEqual([80.5]);
  });
});
