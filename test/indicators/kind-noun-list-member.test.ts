// A kind noun right after a count's unit (不少于520个品种, 30个种类: grammar kindNouns) is what that count counts: the next item of the
// list after 、 starts after it, and its name holds no part of it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';

const items = async (text: string): Promise<string[]> => {
  const { extract } = await import('../../src/pipeline.js');
  return (await extract(['某县2027年医疗保障工作要点', '一、重点任务', text].join('\n'), { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.unit}`);
};

describe('indicators: a kind noun after a count ends that list member', () => {
  it('should support a next member named without the kind noun before it', async () => {
    expect(await items('（一）推进集采。全年落地执行集采药品不少于480个品种、医用耗材不少于28类。')).toEqual(['落地执行集采药品品种|480|个', '医用耗材|28|类']);
    expect(await items('（二）扩大供应。新增配送中药饮片120个品种、中成药不少于60种。')).toEqual(['配送中药饮片品种|120|个', '中成药|60|种']);
  });

  it('should not support cutting a name that only starts with a kind word', async () => {
    expect(await items('（三）保障供应。品种齐全的村级药房达到85家。')).toEqual(['品种齐全的村级药房|85|家']);
  });
});
