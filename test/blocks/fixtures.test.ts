// Whole documents written for the block layer (fixtures/blocks/): a gov.cn copy with a metadata
// panel wrapping a plan with a 专栏 and an attachment list; an old Word plan with a questionnaire
// and a quota table attached; a flattened indicator table with numbered notes. The outline holds
// the plan's own numbering only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const read = (name: string): string => readFileSync(join(ROOT, 'fixtures', 'blocks', name), 'utf8');

describe('blocks: whole documents', () => {
  it('should support a gov.cn copy: panel as furniture, notice, signature, plan with an inset and an attachment list', async () => {
    const text = read('govcn-notice-plan.txt');
    const c = classify(text);
    expect(c.kindOf('000014349')).toBe('furniture');
    expect(c.kindOf('现将《')).toBe('notice');
    expect(c.kindOf('（此件公开发布）')).toBe('signature');
    expect(c.documentHeads()).toEqual(['全民健身发展纲要']);
    expect(c.kindOf('2.社区健身中心')).toBe('inset');
    expect(c.kindOf('2.重点任务分工')).toBe('attachment-list');
    expect(await outline(text)).toEqual([
      '一、 总体要求', '  （一） 指导思想', '  （二） 主要目标',
      '二、 主要任务', '  （一） 加大全民健身场地设施供给', '    1. 新建或改扩建体育公园1000个', '    2. 建设全民健身中心', '  （二） 广泛开展全民健身赛事活动',
      '三、 保障措施', '  （一） 加强组织领导',
    ]);
  });

  it('should support an old Word plan with a questionnaire and a quota table attached', async () => {
    const text = read('word-plan-forms.txt');
    const c = classify(text);
    expect(c.kindOf('二○一二年')).toBe('signature');
    expect(c.kindOf('②基本满意')).toBe('form');
    expect(c.kindOf('2、每户限填')).toBe('form');
    expect(c.kindOf('城关镇')).toBe('form');
    expect(await outline(text)).toEqual([
      '一、 工作目标', '二、 工作任务', '  （一） 加强村卫生室建设', '    1、 完成30所村卫生室改造', '    2、 配备基本诊疗设备', '  （二） 开展群众满意度调查', '三、 工作要求',
    ]);
  });

  it('should support a flattened indicator table followed by numbered notes', async () => {
    const text = read('indicator-table-notes.txt');
    const c = classify(text);
    expect(c.kindOf('孕产妇死亡率\n')).toBe('table');
    expect(c.kindOf('3.约束性指标')).toBe('table-note');
    expect(await outline(text)).toEqual(['一、 发展目标', '二、 主要任务', '  （一） 完善公共卫生服务体系', '  （二） 提升医疗服务能力']);
  });
});
