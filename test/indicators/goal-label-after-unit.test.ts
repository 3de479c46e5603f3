// A label of the target itself (目标任务, 年度目标: grammar targetLabels) closing the clause right after a value is no noun the value
// counts: 完成粮食总产量38.5万吨目标任务 sets 粮食总产量, as 完成…的目标任务 does with 的. Without 的 only a label of a 目标: a 任务 right
// after a count may be what it counts (完成30项任务); and a value that follows a 的 heads its noun phrase with the label (完成市下达的
// 8360万元目标任务: the label is the name). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: a goal label right after the unit', () => {
  it('should support the metric before the value when 目标任务 or 年度目标 follows the unit', async () => {
    expect(await read('某县2027年农业农村工作要点\n全面完成油料总产量2.6万吨目标任务，确保完成生猪出栏45万头年度目标。')).toEqual([
      ['油料总产量', 2.6, '万吨', '='],
      ['生猪出栏', 45, '万头', '='],
    ]);
  });

  it('should not support dropping a 任务 a count counts, nor the label of a value that follows a 的', async () => {
    expect(await read('某县2027年工作要点\n全年完成民生实事任务12项；超额完成省下达的3200万元目标任务。')).toEqual([
      ['民生实事任务', 12, '项', '='],
      ['目标任务', 3200, '万元', '='],
    ]);
  });
});
