// A word that says something is done (已建成, 已完成, 现有) closed by 的 opens a relative clause before a noun: it says which objects
// a rate is measured on (已建成的安置小区中…的比例, 已完成改造的老旧小区…的比例), not that the rate is a level reached, so a rate set
// over them with a target verb stays a target. A count after such a clause, and a cue that states what is done, stay actual.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (title: string, lines: string[]) =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.unit, i.kind]);

describe('indicators: an actual cue closed by 的', () => {
  it('should support a rate over the objects a cue with 的 names as a target', async () => {
    const out = await items('某县城镇老旧小区改造三年行动方案（2026—2028年）', ['一、完善配套设施', '已完成改造的老旧小区建立长效管护机制的比例达到90%以上。']);
    expect(out).toEqual([[90, '%', 'target']]);
  });

  it('should support such a rate in an annual plan, after 已建成的', async () => {
    const out = await items('某区住房和城乡建设局2027年工作要点', ['一、加强物业管理', '已建成的保障性租赁住房项目实行专业化物业服务的比例达到85%。']);
    expect(out).toEqual([[85, '%', 'target']]);
  });

  it('should not support a cue that states what is done becoming a target', async () => {
    const out = await items('某县城镇老旧小区改造三年行动方案（2026—2028年）', ['一、基本情况', '全县已完成改造老旧小区46个，改造后小区物业服务覆盖率已达72%。']);
    expect(out.map((i) => i[2])).toEqual(['actual', 'actual']);
  });

  it('should not support a cue of the present before a scope and 的 turning a level into a target', async () => {
    const out = await items('某县城镇老旧小区改造三年行动方案（2026—2028年）', ['一、基本情况', '目前全县的老旧小区物业服务覆盖率为61%。']);
    expect(out.map((i) => i[2])).toEqual(['actual']);
  });
});
