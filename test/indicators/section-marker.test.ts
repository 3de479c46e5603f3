// A paragraph opens with its section's marker (一是 on a line of its own, 二是 inside a paragraph, 1.): the outline
// stage found the marker, and the indicator stage reads the first clause after it, so no metric holds a marker.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const metrics = async (body: string) => (await extract(`某县2026年卫生健康工作要点\n一、主要目标\n${body}\n`, { path: 'plan.txt' })).indicators.map((i) => `${i.metric}|${i.value}|${i.year}`);

describe('indicators: the marker that opens a section\'s paragraph', () => {
  it('should support an item 一是 set on a line of its own, its metric named after the marker', async () => {
    expect(await metrics('一是孕产妇系统管理率达到92%以上；\n二是到2028年婴儿死亡率控制在4‰以内。')).toEqual(['孕产妇系统管理率|92|2026', '婴儿死亡率|4|2028']);
  });
  it('should support inline items 一是/二是 run together in a paragraph, a date after the marker governing its item', async () => {
    expect(await metrics('（一）强化队伍建设。一是招聘乡村医生50名；二是到2028年累计培训全科医生不少于300人次。')).toEqual([
      '乡村医生|50|2026',
      '培训全科医生|300|2028',
    ]);
  });
  it('should support a value run straight into its item\'s dotted marker (2.85%以上的…), the digits before the dot the marker\'s, those after it the value\'s', async () => {
    expect(await metrics('1.完善服务网络。\n2.85%以上的村卫生室达到标准化建设要求。\n3.加强人才培养。')).toEqual(['达到标准化建设要求的村卫生室比例|85|2026']);
  });
});
