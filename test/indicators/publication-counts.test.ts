// How 档案, 地方志, 史志 and 文化 plans count the books they compile and publish: 编纂, 编撰, 编印, 出版 (编纂出版, 编辑出版) before
// the object and its count in 部, 册, 本 (编纂出版档案史料汇编3部, 出版地方志书2部). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市地方志办公室2027年工作计划') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.kind, i.year]);

describe('indicators: books compiled and published', () => {
  it('should support a count of books after 出版 and its object', async () => {
    const out = await items(['一、重点任务', '全年出版镇村志书4部，完成年鉴编纂1部。']);
    expect(out.filter((i) => i[1] === 4)).toEqual([['镇村志书', 4, '部', '=', 'target', 2027]]);
  });

  it('should support a count of books after 编纂出版 and a list of titles closed by 等', async () => {
    const out = await items(['一、重点任务', '编纂出版《某市革命老区史料》《某市非遗名录》等史志成果3部。']);
    expect(out.map((i) => [i[1], i[2], i[3], i[4]])).toEqual([[3, '部', '=', 'target']]);
  });

  it('should support a bounded count of volumes after 编印', async () => {
    const out = await items(['一、重点任务', '编印档案知识读本不少于2000册。']);
    expect(out.map((i) => [i[0], i[1], i[2], i[3]])).toEqual([['档案知识读本', 2000, '册', '>=']]);
  });

  it('should not support a volume label inside a title as a count', async () => {
    const out = await items(['一、重点任务', '做好《某市志（第二卷）》的审稿工作。']);
    expect(out).toEqual([]);
  });
});
