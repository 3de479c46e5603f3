import { describe, expect, it } from 'vitest';
import { findKind } from '../../src/meta/kind.js';
import { periodIn, titleYears } from '../../src/meta/years.js';
import { grammars } from '../grammar-helpers.js';
import { doc, meta } from './meta-helpers.js';

const grammar = grammars().meta;

describe('meta: planYears', () => {
  it('should support an annual plan', () => {
    expect(titleYears('厦门市翔安区卫生健康局2024年工作计划', grammar)).toEqual([2024, 2024]);
    expect(titleYears('2019年度全市卫生健康工作要点', grammar)).toEqual([2019, 2019]);
  });

  it('should support the year of the plan when a title names a report and a plan', () => {
    expect(titleYears('某县卫生健康局2022年工作总结和2023年工作计划', grammar)).toEqual([2023, 2023]);
  });

  it('should support period names', () => {
    expect(titleYears('辽源市卫生健康“十四五”规划', grammar)).toEqual([2021, 2025]);
    expect(titleYears('某市卫生事业发展第十个五年计划', grammar)).toEqual([2001, 2005]);
    expect(periodIn('十五五时期', grammar)).toEqual([2026, 2030]);
  });

  it('should support year ranges, also with the dash lost', () => {
    expect(titleYears('中国妇女发展纲要（2001—2010年）', grammar)).toEqual([2001, 2010]);
    expect(titleYears('某区强基增能三年行动计划(2023-2025年)', grammar)).toEqual([2023, 2025]);
    expect(titleYears('某区强基增能三年行动计划(20232025年)', grammar)).toEqual([2023, 2025]);
  });

  it('should not support a title that names no period', () => {
    expect(titleYears('泉州市人民政府关于促进健康服务业发展的实施意见', grammar)).toBeNull();
    expect(titleYears('“健康中国2030”规划纲要', grammar)).toBeNull();
    expect(titleYears('关于到2025年基本建成分级诊疗制度的意见', grammar)).toBeNull();
  });

  it('should not support 十五 as a piece of another numeral', () => {
    expect(periodIn('第十五条 规划', grammar)).toBeNull();
    expect(periodIn('十五个规划', grammar)).toBeNull();
  });
});

describe('meta: kind', () => {
  it('should support the four kinds of health plans', () => {
    expect(findKind('厦门市翔安区卫生健康局2024年工作计划', grammar)).toBe('年度工作计划');
    expect(findKind('2023年宝山区卫生健康工作要点', grammar)).toBe('工作要点');
    expect(findKind('辽源市卫生健康“十四五”规划', grammar)).toBe('五年规划');
    expect(findKind('2021年全市卫生健康重点工作', grammar)).toBe('重点工作');
  });

  it('should support other genres', () => {
    expect(findKind('中山市医疗卫生强基层实施方案（2021—2023年）', grammar)).toBe('实施方案');
    expect(findKind('泉州市人民政府关于促进健康服务业发展的实施意见', grammar)).toBe('实施意见');
    expect(findKind('中国妇女发展纲要（2001—2010年）', grammar)).toBe('纲要');
    expect(findKind('龙岗区社区健康服务机构人才奖励实施细则', grammar)).toBe('实施细则');
    expect(findKind('某市基本公共卫生服务补助资金管理办法(试行)', grammar)).toBe('办法');
    expect(findKind('政府工作报告', grammar)).toBe('政府工作报告');
    expect(findKind('某县“将健康融入所有政策”工作指导方案', grammar)).toBe('工作指导方案');
    expect(findKind('某市健康乡村建设行动方案（2023—2025年）', grammar)).toBe('行动方案');
    expect(findKind('国务院办公厅关于推动公立医院高质量发展的意见', grammar)).toBe('意见');
  });

  it('should support a year of key tasks set out as a list (重点工作任务清单, 重点任务责任清单) as 重点工作', async () => {
    expect(findKind('2026年全市卫生健康重点工作任务清单', grammar)).toBe('重点工作');
    expect(findKind('某区2026年优化营商环境重点任务责任清单', grammar)).toBe('重点工作');
    const m = await meta(doc('2026年全市卫生健康重点工作任务清单', '序号', '重点任务', '牵头科室', '完成时限', '一、深化医药卫生体制改革', '1', '推进紧密型县域医共体建设。', '体改科', '2026年12月底前'));
    expect(m.title).toBe('2026年全市卫生健康重点工作任务清单');
    expect(m.planYears).toEqual([2026, 2026]);
  });

  it('should not support a list that is no year of tasks (权责清单, 负面清单) as a genre', () => {
    expect(findKind('某市卫生健康委员会权责清单', grammar)).toBeNull();
    expect(findKind('市场准入负面清单', grammar)).toBeNull();
  });

  it('should support the year a rule takes effect as the start of its plan years when it shows no date of its own', async () => {
    const m = await meta(doc('某市基层医疗卫生机构绩效考核办法', '第一章　总　则', '第一条　为规范考核，制定本办法。第二条　到2027年，达标比例达到40%以上。', '第二章　附　则', '第三条　本办法自2025年7月1日起施行。'));
    expect(m.planYears).toEqual([2025, 2027]);
    expect(m.publishDate).toBeNull();
  });

  it('should not support the effective date over a date the document shows', async () => {
    const m = await meta(doc('某市基层医疗卫生机构绩效考核办法', '第一条　到2027年，达标比例达到40%以上。', '第二条　本办法自2026年1月1日起施行。', '某市卫生健康委员会', '2024年12月20日'));
    expect(m.planYears).toEqual([2024, 2027]);
  });

  it('should support a draft whose title adds its mark after the period', () => {
    expect(findKind('泰州市医疗卫生服务体系规划（2026—2030年）（征求意见稿）', grammar)).toBe('五年规划');
    expect(findKind('某市托育服务发展实施方案（2025—2027年）（送审稿）', grammar)).toBe('实施方案');
    expect(findKind('某市基本公共卫生服务补助资金管理办法（试行）（征求意见稿）', grammar)).toBe('办法');
  });

  it('should not support a bracket inside the title as its end', () => {
    expect(findKind('某市“十五五”托育服务（婴幼儿照护）发展规划编制说明', grammar)).toBeNull();
  });

  it('should support a year\'s 工作思路 / 工作打算 and a 条例', async () => {
    expect(findKind('某市发展和改革委员会2024年工作总结和2025年工作思路', grammar)).toBe('工作思路');
    expect(findKind('某县农业农村局2025年工作打算', grammar)).toBe('工作打算');
    expect(findKind('某市城市绿化条例', grammar)).toBe('条例');
    const m = await meta(doc('某县农业农村局2024年工作总结和2025年工作思路', '一、2024年工作总结', '二、2025年工作思路'));
    expect(m.planYears).toEqual([2025, 2025]);
  });

  it('should not support 年度工作计划 without a year', () => {
    expect(findKind('某市健康促进三年行动计划', grammar)).toBe('行动计划');
    expect(findKind(null, grammar)).toBeNull();
  });
});
