// 其 "its, their" that opens a clause after a subject named before (对签约企业开展帮扶，其职业健康培训率达到95%): a pronoun of
// official writing that refers back, no part of the metric's name, as 该 and 此 (anaphors) are. 其他/其它/其余 ("other", "the rest")
// and 其中 are words of their own and keep their reading. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { indicators, MULTI_YEAR } from './helpers.js';

const metrics = (t: string): string[] => indicators(t, MULTI_YEAR).map((i) => i.metric);

describe('the pronoun 其 before a metric', () => {
  it('should support the metric without 其', () => {
    expect(metrics('对纳入帮扶的小微企业开展指导，其职业健康培训率达到95%以上。')).toEqual(['职业健康培训率']);
    expect(metrics('推进医联体建设，其下转患者人次年均增长10%。')).toEqual(['下转患者人次']);
  });
  it('should not support dropping the 其 of 其他, 其它, 其余', () => {
    expect(metrics('其他法定传染病报告及时率达到95%以上。')).toEqual(['其他法定传染病报告及时率']);
    expect(metrics('其余乡镇卫生院中医馆覆盖率达到100%。')).toEqual(['其余乡镇卫生院中医馆覆盖率']);
  });
});
