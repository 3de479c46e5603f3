// A clause that states a trend or a relative bound with no number (逐年下降, 稳中向好, 不低于上年水平), then a clause that gives the
// level with no subject of its own: the metric is the first clause's subject, without its predicate
// (src/indicators/shapes.ts beforeTrend, grammar trendTails). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) => (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);
const plan = (body: string) => `某县2027年卫生健康工作要点\n一、主要目标\n${body}\n`;

describe('indicators: a trend stated before the level', () => {
  it('should support an adverb and a change verb closing the clause before', async () => {
    expect(await read(plan('新生儿破伤风发病率逐年下降，控制在0.5‰以下。'))).toEqual([['新生儿破伤风发病率', 0.5, '‰', '<=']]);
    expect(await read(plan('卫生健康财政投入稳步增长，全年达到3.6亿元。'))).toEqual([['卫生健康财政投入', 3.6, '亿元', '=']]);
  });

  it('should support a trend and a share named with 占比', async () => {
    expect(await read(plan('县域内住院费用占比持续提高，到2027年不低于85%。'))).toEqual([['县域内住院费用占比', 85, '%', '>=']]);
  });

  it('should support a trend word and a bound relative to the year before', async () => {
    expect(await read(plan('群众就医获得感稳中向好，门诊患者满意度不低于上年水平，达到92分以上。'))).toEqual([['门诊患者满意度', 92, '分', '>=']]);
    expect(await read(plan('医疗服务收入增长不低于上年，达到4.2亿元。'))).toEqual([['医疗服务收入', 4.2, '亿元', '=']]);
  });

  it('should not support cutting the change a percentage measures from an amount', async () => {
    expect(await read(plan('卫生健康支出年均增长，达到8%。'))).toEqual([['卫生健康支出年均增长', 8, '%', '=']]);
  });
});
