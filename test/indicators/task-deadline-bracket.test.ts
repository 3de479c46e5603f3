// The bracket a 任务分工方案 writes after each task (（牵头单位：…；责任单位：…；完成时限：…）): its deadline dates the task's
// targets, as a 完成时限 column dates the row of a task table (grammar deadlineLabels, src/indicators/extract.ts dueByBracket).
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, MULTI_YEAR, names } from './helpers.js';

const years = (text: string, plan = ANNUAL_2024) => brief(indicators(text, plan)).map((b) => b.split('|').slice(1, 2).concat(b.split('|').slice(5)).join('|'));

describe('indicators: the deadline of a task in its bracket', () => {
  it('should support a 完成时限 with a year after the task\'s 。 as the year of its targets', () => {
    expect(years('推进远程会诊平台建设，乡镇卫生院接入率达到100%。（牵头单位：市卫健委；责任单位：各县区；完成时限：2025年6月底前）')).toEqual(['100|2025']);
  });

  it('should support the bracket before the 。, also with a ； inside it, and other labels of the deadline', () => {
    expect(years('改造提升村级文化服务中心12个（牵头单位：区文旅局；完成时限：2025年3月底前）。')).toEqual(['12|2025']);
    expect(years('新建口袋公园6个（责任单位：区城管局，时间节点：2025年10月）。')).toEqual(['6|2025']);
  });

  it('should support the deadline in a multi-year plan, where a task names no year', () => {
    expect(years('培育家庭农场示范场30家。（牵头单位：县农业农村局；完成时限：2024年12月底前）', MULTI_YEAR)).toEqual(['30|2024']);
  });

  it('should not support a deadline with no year (持续推进, 每季度) as a year', () => {
    expect(years('家庭医生重点人群签约率达到75%以上。（牵头单位：县卫健局；完成时限：持续推进）')).toEqual(['75|2024']);
  });

  it('should not support the bracket over a date the task names before it, nor a bracket with no deadline label', () => {
    expect(years('到2024年底，建成智慧药房5家。（牵头单位：市药监局；完成时限：2025年6月底前）')).toEqual(['5|2024']);
    expect(years('新增停车泊位800个（2025年新规划项目除外）。')).toEqual(['800|2024']);
  });
});

describe('indicators: the name of a task counted before its bracket', () => {
  it('should support a noun after the count that ends at a bracket of a label and its colon (牵头单位：, 完成时限：)', () => {
    expect(names('建成15个乡镇综合文化站（牵头单位：县文旅局）。')).toEqual(['乡镇综合文化站|15|个']);
    expect(names('完成3处地质灾害隐患点治理(责任单位:县自然资源局;完成时限:2024年9月底前)。')).toEqual(['地质灾害隐患点治理|3|处']);
  });

  it('should not support a bracket without a colon, nor one whose colon opens it, as the end of the noun', () => {
    expect(names('新建5个村（社区）综合服务站。')).toEqual(['村（社区）综合服务站|5|个']);
  });
});
