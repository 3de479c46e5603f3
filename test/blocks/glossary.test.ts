// A glossary (名词解释) after the body: its numbered terms are definitions, not outline.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const body = ['一、过去一年工作回顾', '全省经济稳中有进。', '二、今年工作安排', '（一）扩大有效需求。', '推动“两新”政策加力扩围。'];

describe('blocks: glossary', () => {
  it('should support 附：名词解释 and its numbered terms', () => {
    const c = classify([...body, '附：名词解释', '1.“两新”：指大规模设备更新和消费品以旧换新。', '2.“四上”企业：指规模以上工业企业等。'].join('\n'));
    expect(c.kindOf('附：名词解释')).toBe('glossary');
    expect(c.kindOf('2.“四上”企业')).toBe('glossary');
  });

  it('should support a glossary as an attachment of its own (附件2 / 名词解释), terms on their own lines', async () => {
    const text = [...body, '附件2', '名词解释', '1.“两新”：', '指大规模设备更新和消费品以旧换新。', '2.“双一流”：', '指世界一流大学和一流学科。'].join('\n');
    expect(classify(text).kindOf('2.“双一流”')).toBe('glossary');
    expect(await outline(text)).toEqual(['一、 过去一年工作回顾', '二、 今年工作安排', '  （一） 扩大有效需求']);
  });

  it('should support the label and 名词解释 on one line (附件3 名词解释)', () => {
    const c = classify([...body, '附件3 名词解释', '1.“两新”：指大规模设备更新和消费品以旧换新。', '2.“双碳”：指碳达峰、碳中和。'].join('\n'));
    expect(c.kindOf('2.“双碳”')).toBe('glossary');
  });

  it('should not support a sentence that mentions 名词解释 as a glossary heading', () => {
    const c = classify([...body, '有关名词解释见文末，各地可结合实际细化。', '1.加强宣传。'].join('\n'));
    expect(c.kindOf('有关名词解释')).toBe('body');
    expect(c.kindOf('1.加强宣传')).toBe('body');
  });

  it('should support end notes under a bare 注释 heading after the closing words (①“六新”：指…)', async () => {
    const text = [...body, '各位代表！让我们团结奋斗，再创佳绩！', '注释', '①“六新”：指新基建、新技术、新材料。', '②“智改数转”：指智能化改造和数字化转型。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('注释')).toBe('glossary');
    expect(c.kindOf('②“智改数转”')).toBe('glossary');
    expect(await outline(text)).toEqual(['一、 过去一年工作回顾', '二、 今年工作安排', '  （一） 扩大有效需求']);
  });

  it('should support end notes numbered [1] under 注释：', () => {
    const c = classify([...body, '注释：', '[1]“两新”：指大规模设备更新和消费品以旧换新。', '[2]“双碳”：指碳达峰、碳中和。'].join('\n'));
    expect(c.kindOf('[2]“双碳”')).toBe('glossary');
  });

  it('should not support a bare 注释 line over numbered items that explain no term as end notes', () => {
    const c = classify([...body, '注释', '1.加强宣传，营造良好氛围。', '2.强化督查。'].join('\n'));
    expect(c.kindOf('2.强化督查')).toBe('body');
  });

  it('should support end notes whose term stands alone in quotes, the explanation on the next line', () => {
    const c = classify([...body, '注释', '①“六新”', '指新基建、新技术、新材料。', '②“智改数转”', '指智能化改造和数字化转型。'].join('\n'));
    expect(c.kindOf('②“智改数转”')).toBe('glossary');
  });

  it('should support a run of notes that define terms ending the text without their heading (①“六新”：指…)', async () => {
    const text = [...body, '①“六新”：指新基建、新技术、新材料。', '②“智改数转”：指智能化改造和数字化转型。', '【打印本页】　【关闭窗口】'].join('\n');
    expect(classify(text).kindOf('①“六新”')).toBe('glossary');
    expect(await outline(text)).toEqual(['一、 过去一年工作回顾', '二、 今年工作安排', '  （一） 扩大有效需求']);
  });

  it('should not support numbered items that define nothing, nor one definition alone, as headless notes', () => {
    expect(classify([...body, '①加强宣传：营造良好氛围。', '②强化督查：确保落实。'].join('\n')).kindOf('②强化督查')).toBe('body');
    expect(classify([...body, '①“六新”：指新基建、新技术、新材料。'].join('\n')).kindOf('①“六新”')).toBe('body');
  });
});

