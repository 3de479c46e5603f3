// 落实 "carry out" opening the clause of a target (落实…种植面积…万亩, 落实…时间不少于…) is the verb of carrying it out, no part of
// the metric (grammar leadWords). Before the posts, people and teams it secures, named before their count, it counts them
// (grammar nounFirstVerbs); right before a number it carries out rules already set, a label. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (line: string) =>
  (await extract(`某县2027年工作要点\n一、主要目标\n${line}\n`, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: 落实 before a target', () => {
  it('should support 落实 before a stated level', async () => {
    expect(await read('落实早稻种植面积3.5万亩。')).toEqual([['早稻种植面积', 3.5, '万亩', '=']]);
    expect(await read('落实中小学生每天综合体育活动时间不低于2小时。')).toEqual([['中小学生每天综合体育活动时间', 2, '小时', '>=']]);
  });

  it('should not support cutting 落实 out of a word it is inside', async () => {
    expect(await read('政策落实率达到100%。')).toEqual([['政策落实率', 100, '%', '=']]);
  });

  it('should support 落实 counting the posts, people and teams named before the count', async () => {
    expect(await read('落实公益性岗位260个以上。')).toEqual([['公益性岗位', 260, '个', '>=']]);
    expect(await read('全年落实乡镇卫生院“县管乡用”医务人员45名。')).toEqual([['乡镇卫生院“县管乡用”医务人员', 45, '名', '=']]);
  });

  it('should not support 落实 right before a count of rules', async () => {
    expect(await read('严格落实12项安全生产管理制度。')).toEqual([]);
  });
});
