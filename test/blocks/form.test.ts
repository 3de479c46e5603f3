// Attached forms and questionnaires: questions, answer options ①②③ and 填表说明 are not outline.
import { describe, expect, it } from 'vitest';
import { outline } from '../outline/outline-helpers.js';
import { classify } from './blocks-helpers.js';

const plan = ['一、工作目标', '提高群众满意度。', '二、工作措施', '（一）开展问卷调查。', 'XX县卫生健康局', '2019年4月1日'];

describe('blocks: form', () => {
  it('should support a questionnaire attached after the plan (附件 + 调查表 title)', async () => {
    const text = [...plan, '附件1', '居民健康素养调查表', '1.您的年龄', '①18岁以下 ②18-60岁 ③60岁以上', '2.您是否参加过健康讲座', '①是 ②否', '填表说明：', '1.请在所选项前打√。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('居民健康素养调查表')).toBe('form');
    expect(c.kindOf('2.您是否')).toBe('form');
    expect(c.kindOf('①是')).toBe('form');
    expect(c.kindOf('1.请在所选项')).toBe('form');
    expect(await outline(text)).toEqual(['一、 工作目标', '二、 工作措施', '  （一） 开展问卷调查']);
  });

  it('should support a form after the signature with no attachment label', () => {
    const text = [...plan, '乡镇卫生院人员配置情况登记表', '填报单位：', '1.在编人数', '2.聘用人数'].join('\n');
    expect(classify(text).kindOf('2.聘用人数')).toBe('form');
  });

  it('should support an attachment that is a roster of names', () => {
    const text = [...plan, '附件2', '专家委员会组成人员名单', '主任委员：张某某 县政府副县长', '1.李某某 县医院院长'].join('\n');
    expect(classify(text).kindOf('1.李某某')).toBe('form');
  });

  it('should not support a form title before the body ends', () => {
    const text = ['一、工作目标', '填写统计报表', '1.按月报送。', '2.按季汇总。'].join('\n');
    const c = classify(text);
    expect(c.kindOf('填写统计报表')).toBe('body');
    expect(c.kindOf('2.按季汇总')).toBe('body');
  });
});
