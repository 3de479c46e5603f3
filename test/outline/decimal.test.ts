// The decimal outline of 应急预案 (1 总则 / 1.1 编制目的 / 1.1.1 …): grammars/outline.yaml decimal-1, decimal-2, decimal-3
// (a bare chapter number set off by a space, `spaced`; section numbers `within` the open chapter's).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

const PLAN = [
  '1 总则',
  '1.1 编制目的',
  '提高防汛抗旱应急处置能力，保障人民群众生命财产安全。',
  '1.2 适用范围',
  '本预案适用于本区洪涝灾害和干旱灾害的应对工作。',
  '2 组织体系',
  '2.1 区防汛抗旱指挥部',
  '2.1.1 指挥部组成',
  '区防汛抗旱指挥部由区政府分管副区长任总指挥。',
  '2.1.2 指挥部职责',
  '统一指挥全区防汛抗旱工作。',
  '2.2 镇街防汛组织',
  '各镇街设立防汛抗旱工作机构。',
  '3 应急响应',
  '3.1 Ⅳ级响应',
  '按照本预案2.1规定的程序启动响应。',
  '',
].join('\n');

describe('decimal outlines of 应急预案', () => {
  it('should support chapters 1 总则, sections 1.1 and sub-sections 2.1.1, each on its line', async () => {
    expect(await outline(PLAN)).toEqual([
      '1 总则', '  1.1 编制目的', '  1.2 适用范围',
      '2 组织体系', '  2.1 区防汛抗旱指挥部', '    2.1.1 指挥部组成', '    2.1.2 指挥部职责', '  2.2 镇街防汛组织',
      '3 应急响应', '  3.1 Ⅳ级响应',
    ]);
  });

  it('should support full-width spaces after the chapter number and items (1) under a section', async () => {
    expect(await outline('1\u3000总则\n1.1\u3000事件分级\n（1）特别重大事件：造成10人以上死亡的；\n（2）重大事件：造成3人以上死亡的。\n2\u3000保障措施\n2.1\u3000队伍保障\n')).toEqual([
      '1 总则', '  1.1 事件分级', '    （1） 特别重大事件', '    （2） 重大事件', '2 保障措施', '  2.1 队伍保障',
    ]);
  });

  it('should not support a bare number run into its text, nor one with no sub-section after it, as a chapter', async () => {
    // (no space: the unseparated reading of 2中医… is left as it was)
    expect(await outline('1总则\n1.1编制目的\n')).not.toContain('1 总则');
    expect(await outline('1 加强组织领导\n2 强化督导检查\n')).toEqual([]);
  });

  it('should not support a section number that does not continue the open chapter, nor a decimal quantity', async () => {
    expect(await outline('1 总则\n1.1 编制目的\n3.2 信息报告\n')).toEqual(['1 总则', '  1.1 编制目的']);
    expect(await outline('1 总则\n1.1 编制目的\n1.5万人参加培训\n')).toEqual(['1 总则', '  1.1 编制目的']);
  });

  it('should not support a section number cited inside a sentence', async () => {
    expect(await outline(PLAN)).not.toContain('  2.1 规定的程序启动响应');
  });
});
