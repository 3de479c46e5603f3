// A prepositional frame (在…中, 按…统计: grammar frames) has words between its opener and its closer: 在 right before 统计
// (在统计源期刊发表论文) opens no frame 在…统计, and the name keeps 统计源期刊.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const names = (text: string): string[] => indicators(text, ANNUAL_2024).map((i) => i.metric);

describe('a frame with nothing inside', () => {
  it('should support 统计 after 在 as a word of the name, not the closer of an empty frame', () => {
    expect(names('在统计源期刊发表学术论文15篇以上。')[0]).toContain('统计源期刊');
  });
  it('should not support a frame 在…统计 with words inside as part of the name', () => {
    expect(names('在全省范围内统计，参保率达到97%。')).toEqual(['参保率']);
  });
});
