// The part numbers written in lenticular brackets (【一】【二】) at the start of a 公众号 post's or a digest's heading lines.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('lenticular-bracket part numbers', () => {
  it('should support 【一】 【二】 at the start of heading lines as the top level, with 1. items under them', async () => {
    const text = '近日，县中医院召开职工大会，审议通过年度工作计划。\n\n【一】夯实医疗质量基础\n\n1.落实核心制度。内容。\n2.加强病历管理。内容。\n\n【二】 推进学科建设\n\n1.建设重点专科。内容。\n';
    expect(await outline(text)).toEqual(['【一】 夯实医疗质量基础', '  1. 落实核心制度', '  2. 加强病历管理', '【二】 推进学科建设', '  1. 建设重点专科']);
  });

  it('should support a heading with a comma after 【一】 as one title, and spaces inside the brackets', async () => {
    const text = '【 一 】强化安全生产，守牢底线\n内容。\n【 二 】加强作风建设，提升效能\n内容。\n';
    expect(await outline(text)).toEqual(['【一】 强化安全生产，守牢底线', '【二】 加强作风建设，提升效能']);
  });

  it('should not support bracketed labels, an inset or a heading set off by brackets as a bracketed ordinal', async () => {
    expect(await outline('【专栏1】重点项目\n【健康细胞】建设行动\n')).toEqual([]);
    expect(await outline('【一、总体要求】\n内容。\n【二、重点任务】\n内容。\n')).toEqual(['一、 总体要求', '二、 重点任务']);
  });
});
