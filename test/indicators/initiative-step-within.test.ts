// 主动 "on one's own initiative": the handling and follow-up rules of 基本公共卫生服务规范 and other service rules write it between
// the time a step is allowed and the step (控制不满意的在2周内主动随访, 接到预警后在1个工作日内主动告知), a word of manner as 及时
// and 先行 are (grammars/indicators.yaml stepManners): the duration is the time the procedure allows, no bound on a metric. A rate
// of such follow-up with a target verb, or a count bounded by 至少, stays an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, indicators } from './helpers.js';

const items = (text: string) => indicators(text, ANNUAL_2024).map((i) => [i.value, i.unit]);

describe('the word of initiative 主动 before a step of work', () => {
  it('should support reading the time before 主动随访 as a procedural limit', () => {
    expect(items('对首次发现血糖异常的居民，乡镇卫生院应在3周内主动随访。')).toEqual([]);
  });
  it('should support reading the time before 主动告知 as a procedural limit', () => {
    expect(items('筛查结果异常的，社区医生须在5个工作日内主动告知本人。')).toEqual([]);
  });
  it('should not support dropping a follow-up rate with a target verb or a count with 至少', () => {
    expect(items('出院患者主动随访率达到85%以上。')).toEqual([[85, '%']]);
    expect(items('签约团队每年至少主动随访3次。')).toEqual([[3, '次']]);
  });
});
