// A deadline that opens a sentence and runs on, after a comma, into inline items (到2030年，一是…；二是…。): official writing lets the
// 一是/二是 items complete the sentence the deadline opened, so each item's target is due then, as the items of a colon's list are.
// Only those items: a paragraph after them, or items after a sentence closed by 。, are not governed. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市公共卫生服务能力提升实施方案（2026—2030年）') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.year]);

describe('indicators: a deadline run on into inline items governs them', () => {
  it('should support the deadline for every item of the run, across ；', async () => {
    const out = await items([
      '一、发展目标',
      '经过五年努力，全市公共卫生服务体系更加健全。到2030年，一是孕产妇系统管理率达到92%以上；二是儿童青少年总体近视率每年下降0.5个百分点；三是居民健康素养水平提高到35%。',
    ]);
    expect(out).toEqual([
      ['孕产妇系统管理率', 92, 2030],
      ['儿童青少年总体近视率', 0.5, 2030],
      ['居民健康素养水平', 35, 2030],
    ]);
  });

  it('should support the deadline for the run only, not for the paragraph after it', async () => {
    const out = await items([
      '二、重点任务',
      '到2029年，一是新建发热门诊8个；二是改造负压病房20间。',
      '基层医疗卫生机构中医馆设置率达到100%。',
    ]);
    expect(out).toEqual([
      ['发热门诊', 8, 2029],
      ['负压病房', 20, 2029],
      ['基层医疗卫生机构中医馆设置率', 100, null],
    ]);
  });

  // (Outside a goals section: there the deadline that opens the section governs its goals, see goals-inline-items.test.ts.)
  it('should not support a deadline whose sentence closed with 。 before the items', async () => {
    const out = await items([
      '二、重点任务',
      '到2030年，全市公共卫生服务体系基本建成。一是孕产妇系统管理率达到92%以上；二是居民健康素养水平提高到35%。',
    ]);
    expect(out).toEqual([
      ['孕产妇系统管理率', 92, null],
      ['居民健康素养水平', 35, null],
    ]);
  });
});
