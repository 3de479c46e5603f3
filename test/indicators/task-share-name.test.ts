// Statistical reporting follows an amount with the share of the year's or the plan's task it makes (到位资金8.2亿元，完成年度目标
// 任务的61.5%): the share is of that amount's task, named by the amount's metric + the task + 完成进度 (grammars/indicators.yaml
// taskShareNames), and a growth written after the share (…的61.5%，同比增长4.4%) is of the amount. Not a 完成 with its own object
// (完成适龄儿童健康体检1.5万人). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (body: string) =>
  (await extract(`某县2026年工作总结\n一、主要工作\n${body}\n`, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}`);

describe('indicators: a share of the task is named by the amount before it', () => {
  it('should support the amount before as the name of the task share', async () => {
    expect(await read('全县固定资产投资到位资金8.2亿元，完成年度目标任务的61.5%。')).toContain('固定资产投资到位资金年度目标任务完成进度|61.5');
    expect(await read('新增市场主体3400户，完成年度目标任务的92%，同比增长4.4%。')).toEqual(
      expect.arrayContaining(['市场主体年度目标任务完成进度|92', '市场主体|4.4']),
    );
  });

  it('should not support renaming a 完成 that has its own object', async () => {
    expect(await read('全年完成适龄儿童健康体检1.5万人，体检率达到95%。')).toEqual(['适龄儿童健康体检|1.5', '体检率|95']);
  });
});
