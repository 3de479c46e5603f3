// Footnotes after the notes: a statistical bulletin or a report printed from PDF marks a term with a circled number right
// after it (床位数②6240张) and explains it under the 注 lines (②床位数指…). Those entries are notes, not outline.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { classify } from './blocks-helpers.js';
import { extract } from '../../src/pipeline.js';

const markers = async (text: string) => {
  const out: string[] = [];
  const walk = (n: { children?: unknown[]; marker?: unknown }) => {
    for (const c of (n.children ?? []) as Array<{ children?: unknown[]; marker?: unknown }>) {
      if (typeof c.marker === 'string') out.push(c.marker);
      walk(c);
    }
  };
  walk((await extract(text, { path: 'notes.txt' })) as { children?: unknown[] });
  return out;
};

describe('blocks: footnotes after a note block', () => {
  it('should support a circled footnote after numbered notes whose mark follows a term in the text', async () => {
    const text = ['某区2026年卫生健康统计简报', '一、资源', '年末全区床位数②6240张，比上年增加180张。', '二、服务', '全年诊疗人次812万人次。', '注：', '1.本简报数据为快报数。', '2.人口按年末常住人口计算。', '②床位数指年末实有床位，不含观察床。'].join('\n');
    expect(classify(text).kindOf('②床位数')).toBe('table-note');
    expect(await markers(text)).toEqual(['一、', '二、']);
  });

  it('should support several footnotes ①② after numbered notes, marks written before punctuation', () => {
    const text = ['一、基本情况', '全县共有村卫生室①，其中公办的占62.5%。家庭医生团队②，全年签约8.6万人。', '注：', '1.数据来源于年报。', '2.比例按四舍五入计算。', '①村卫生室含一体化管理的卫生室。', '②团队以乡镇卫生院为依托组建。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('①村卫生室含')).toBe('table-note');
    expect(c.kindOf('②团队以')).toBe('table-note');
  });

  it('should not support circled items after numbered notes when the text carries no such mark', () => {
    const text = ['一、主要任务', '（一）完善服务。', '注：', '1.本条所称机构含民营机构。', '①优化预约流程。', '②推广检查结果互认。'].join('\n');
    expect(classify(text).kindOf('①优化预约')).toBe('body');
  });

  it('should not support an enumeration ① inside a sentence as the mark of a footnote', () => {
    const text = ['一、主要任务', '重点做好三项工作：①建立健康档案；②开展随访。', '注：', '1.随访每季度1次。', '①完善签约服务。', '②加强考核。'].join('\n');
    expect(classify(text).kindOf('①完善签约')).toBe('body');
  });
});
