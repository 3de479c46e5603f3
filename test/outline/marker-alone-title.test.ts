// A PDF converter may set an automatic list number or a centred chapter number on a line of its own, the heading's words
// on the next (一、 | 总体要求): the marker's title is that next line.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('outline: a marker alone on its line', () => {
  it('should support the line under a marker as its title, at every level', async () => {
    const text = ['某县2027年妇幼健康工作计划', '一、', '工作目标', '孕产妇系统管理率达到92%以上。', '二、', '主要任务', '（一）', '强化孕产期保健', '落实高危孕产妇专案管理。', '（二）', '推进出生缺陷防治'].join('\n');
    expect(await outline(text)).toEqual(['一、 工作目标', '二、 主要任务', '  （一） 强化孕产期保健', '  （二） 推进出生缺陷防治']);
  });

  it('should support a chapter number over its name, and a sentence under a marker titled as it would be on the marker\'s line', async () => {
    const text = ['某市卫生健康发展规划', '第一章', '发展基础', '“十四五”以来，全市卫生健康事业稳步发展。', '第二章', '总体要求', '一、', '坚持人民至上，把保障人民健康放在优先发展的战略位置。', '二、', '坚持预防为主，推动以治病为中心转向以人民健康为中心。'].join('\n');
    expect(await outline(text)).toEqual([
      '第一章 发展基础',
      '第二章 总体要求',
      '  一、 坚持人民至上，把保障人民健康放在优先发展的战略位置',
      '  二、 坚持预防为主，推动以治病为中心转向以人民健康为中心',
    ]);
  });

  it('should not support a title taken from a line that opens with a marker or an 一是 run', async () => {
    const text = ['某县卫生监督管理办法', '第四条 县卫生健康局负责本办法的实施。', '第五条', '（一）开展医疗机构专项检查。', '（二）开展公共场所监督抽检。', '第六条', '一是加强学校卫生监督；二是加强职业卫生监督。'].join('\n');
    expect(await outline(text)).toEqual(['第四条 县卫生健康局负责本办法的实施', '第五条 ', '  （一） 开展医疗机构专项检查', '  （二） 开展公共场所监督抽检', '第六条 ', '  一是 加强学校卫生监督', '  二是 加强职业卫生监督']);
  });
});
