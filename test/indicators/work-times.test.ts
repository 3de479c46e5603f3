// Times a work plan sets for a task before its object (三季度末前, 汛期前, 1—10月, 下半年起): no part of
// the metric; and ages in months (6月龄), which are no time at all.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators, type Item, names } from './helpers.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };
const metrics = (items: Item[]): string[] => items.map((i) => i.metric);

describe('times before a task', () => {
  it('should support the end of a quarter, a season or an event, and months, before the task', () => {
    expect(metrics(indicators('三季度末前整治涉VOCs企业80家；汛期前整治城市易涝点20处；1—10月改造棚户区500套。', ANNUAL_2026))).toEqual([
      '涉VOCs企业',
      '城市易涝点',
      '棚户区',
    ]);
  });
  it('should support a start time with 起 before the task', () => {
    expect(brief(indicators('下半年起新开工装配式建筑面积10万平方米。', ANNUAL_2026))).toEqual(['新开工装配式建筑面积|10|万平方米|=|target|2026']);
  });
  it('should not support a start year as the target year', () => {
    expect(indicators('自2025年起，星级绿色建筑占比达到30%。', { years: [2021, 2025], annual: false }).map((i) => i.year)).toEqual([null]);
  });
});

describe('ages in months', () => {
  it('should not support 6月龄 as a month before the metric', () => {
    expect(brief(indicators('6月龄内婴儿纯母乳喂养率达到50%以上。', ANNUAL_2026))).toEqual(['6月龄内婴儿纯母乳喂养率|50|%|>=|target|2026']);
  });
});

describe('a count that names only its work verb after the clause that names the work (开展…筛查，完成筛查1.2万人)', () => {
  it('should support the work of the clause before, from after its verb, as the name', () => {
    expect(names('组织开展农村适龄妇女宫颈癌筛查，完成筛查8000人。')).toEqual(['农村适龄妇女宫颈癌筛查|8000|人']);
    expect(names('开展乡村医生岗位培训，全年培训600人次。')).toEqual(['乡村医生岗位培训|600|人次']);
  });
  it('should not support it when the clause before ends in other words, or there is no clause before', () => {
    expect(names('完成筛查8000人。')).toEqual(['筛查|8000|人']);
    expect(names('开展宫颈癌筛查工作，完成筛查8000人。')).toEqual(['筛查|8000|人']);
  });
});

describe('a count whose clause names only how often it is reached (每年完成…) after the clause that carries the work out', () => {
  it('should support the work the clause before carries out, after its opening verb, as the name', () => {
    expect(names('实施农村低收入群体危房改造，每年完成不少于500户。')).toEqual(['农村低收入群体危房改造|500|户']);
    expect(names('推进城镇老旧小区改造，每年完成40个以上。')).toEqual(['城镇老旧小区改造|40|个']);
  });
  it('should not support it when the clause before opens with no verb of carrying out, or no clause stands before', () => {
    expect(names('加强林区道路建设，每年完成不少于30公里。')).not.toEqual(['林区道路建设|30|公里']);
    expect(names('每年完成造林1.5万亩。')).toEqual(['造林|1.5|万亩']);
  });
});

describe('a whole day of hours before a service (提供24小时咨询服务): round the clock, no amount', () => {
  it('should not support 24小时 written straight before the service it qualifies', () => {
    expect(indicators('县图书馆提供24小时自助借还服务。', ANNUAL_2024)).toEqual([]);
    expect(indicators('游客中心提供24小时咨询服务，受理游客求助。', ANNUAL_2024)).toEqual([]);
  });
  it('should support the count of a round-the-clock facility, and 24小时 as a bound time', () => {
    expect(brief(indicators('新建24小时自助图书馆3个。', ANNUAL_2024))).toEqual(['24小时自助图书馆|3|个|=|target|2024']);
    expect(brief(indicators('故障修复时间不超过24小时。', ANNUAL_2024))).toEqual(['故障修复时间|24|小时|<=|target|2024']);
    expect(brief(indicators('平均处置时间缩短至24小时以内。', ANNUAL_2024))).toEqual(['平均处置时间|24|小时|<=|target|2024']);
  });
});
