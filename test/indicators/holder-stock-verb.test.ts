// 区级物资储备库现有防护服1.2万套, 市血液中心共有采血车6辆: 现有 / 共有 after a holder's name is the clause's predicate ("has"),
// so a verb inside that name (储备 of 储备库, 培训 of 培训中心) sets no count and the clause states a stock that only describes
// (INDICATORS.md: counts that only describe). Right after a verb 现有 is an attribute of its object (改造现有…30个). Invented sentences.
import { describe, expect, it } from 'vitest';
import { brief, indicators, MULTI_YEAR } from './helpers.js';

const has = (text: string, value: number, unit: string): boolean => brief(indicators(text, MULTI_YEAR)).some((b) => b.includes(`|${value}|${unit}|`));

describe('indicators: a stock that a holder whose name holds a verb has', () => {
  it('should not support the counts a 储备库 现有 / 共有 as items', () => {
    expect(has('县级救灾物资储备库现有折叠床1500张、棉被3000床。', 1500, '张')).toBe(false);
    expect(has('县级救灾物资储备库现有折叠床1500张、棉被3000床。', 3000, '床')).toBe(false);
    expect(has('市应急物资储备库共有帐篷460顶。', 460, '顶')).toBe(false);
  });

  it('should support a count the verb sets, also where a stock word follows it as an attribute or another clause holds one', () => {
    expect(has('新增储备医用防护服2万套。', 2, '万套')).toBe(true);
    expect(has('储备库现有库容不足，新增储备折叠床800张。', 800, '张')).toBe(true);
    expect(has('改造提升现有村卫生室45个。', 45, '个')).toBe(true);
  });
});
