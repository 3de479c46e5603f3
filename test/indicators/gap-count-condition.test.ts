// A count of what remains to be dealt with (仍有, 尚有, 还有) is the gap; a bound value after it in its clause, with no target verb,
// is the condition that picks the counted things out (仍有6所学校生均校舍面积低于4平方米), no level of anything. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'gap.txt' })).indicators.map((i) => [i.value, i.unit, i.comparator]);

const plan = (...lines: string[]) => ['某县教育局2026年工作要点', ...lines].join('\n');

describe('indicators: the condition after a gap count', () => {
  it('should not support the bound after 仍有/尚有 N X as a level, and should support the count', async () => {
    expect(await items(plan('一、存在问题', '目前全县仍有6所学校生均校舍面积低于4平方米，办学条件亟待改善。'))).toEqual([[6, '所', '=']]);
    expect(await items(plan('一、存在问题', '全县尚有5个村集体经济年收入不足10万元。'))).toEqual([[5, '个', '=']]);
  });

  it('should support a target after a count of units that is no gap (推动N个X…达到Y)', async () => {
    expect((await items(plan('一、主要目标', '推动8个乡镇中心学校寄宿生人均宿舍面积达到5平方米以上。'))).map((i) => i[0])).toContain(5);
  });

  it('should support a bound target in a later clause of the gap\'s sentence', async () => {
    expect((await items(plan('一、存在问题', '目前仍有6所学校宿舍不达标，今年力争改造后生均宿舍面积不低于5平方米。'))).map((i) => i[0])).toContain(5);
  });
});
