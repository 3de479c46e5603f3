// 我们, the government speaking in a 政府工作报告 or a 工作总结, opens the clause of what it did or will do: it is the speaker, no
// part of the metric. Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the first-person subject of a report', () => {
  it('should support leaving 我们 out of the name', () => {
    expect(names('今年我们新增城镇就业1.1万人。')).toEqual(['新增城镇就业|1.1|万人']);
    expect(names('过去一年，我们新建村卫生室18所。')).toEqual(['村卫生室|18|所']);
  });

  it('should not support dropping a metric word that follows it', () => {
    expect(names('我们的城镇调查失业率控制在5.5%以内。').map((n) => n.split('|')[0])[0]).toContain('城镇调查失业率');
  });
});
