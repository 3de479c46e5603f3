// A task list set one task a line with its cells parted by spaces (序号 任务 目标 责任科室 时限) closes each row with who carries
// the task out and by when: when only those two cells follow a count, the count names no noun after it, and the words before it
// name it (src/indicators/metric.ts objectNoun). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: the office and deadline cells of a task row', () => {
  it('should support naming a count by the words before it when only the office and the deadline follow', () => {
    expect(names('组织 开展 食品 安全 快速 检测 3000 批次 检验股 11月底')).toEqual(['食品安全快速检测|3000|批次']);
    expect(names('举办 基层 卫生 人员 业务 培训 4 期 科教科 10月底前')).toEqual(['举办基层卫生人员业务培训|4|期']);
    expect(names('公开 招聘 护理 专业 人员 12 名 人事科 每季度')).toEqual(['护理专业人员|12|名']);
  });

  it('should not support dropping a noun named after the count', () => {
    expect(names('新建2个社区卫生服务中心')).toEqual(['社区卫生服务中心|2|个']);
    expect(names('建成 3 个 智慧 药房 12月底')[0]).toMatch(/^智慧药房/u);
  });
});
