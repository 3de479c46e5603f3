// A count a verb sets right before it counts the noun after it, also when that noun is a word that elsewhere names a
// document or a programme (项目, 工程, 标准, 行动: 新开工18个项目, 制定6项团体标准, 完成30座低标准水闸改造): INDICATORS.md
// counts 建成 N 个 X, 开展 N 次 X. A number inside such a name, with no verb of its own before it, stays part of the name
// (平安某县8项专项行动, 3岁以下婴幼儿照护服务政策). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (text: string) => (await extract(text, { path: 'label.txt' })).indicators.map((i) => `${i.metric}|${i.value}${i.unit}|${i.kind}`);

const plan = (...lines: string[]) => ['某县发展和改革局2027年工作要点', '一、主要目标', ...lines].join('\n');

describe('indicators: a count a verb sets, of a noun that may name a document', () => {
  it('should support projects and works counted after their verb', async () => {
    expect(await items(plan('全年新开工18个项目。'))).toEqual(['新开工项目|18个|target']);
    expect(await items(plan('今年实施12项民生工程。'))).toEqual(['民生工程|12项|target']);
  });

  it('should support standards counted after their verb', async () => {
    expect(await items(plan('制定6项团体标准。'))).toEqual(['团体标准|6项|target']);
  });

  it('should support things qualified 高标准/低标准 counted after their verb', async () => {
    expect(await items(plan('建成20个高标准农田示范区。'))).toEqual(['高标准农田示范区|20个|target']);
    expect(await items(plan('完成30座低标准水闸改造。'))).toEqual(['低标准水闸改造|30座|target']);
  });

  it('should support a gap counted after 仍有/尚有 before such a noun', async () => {
    expect(await items(plan('一、存在问题', '截至6月底，全县仍有5个重点项目未开工。'))).toEqual(['重点项目|5个|actual']);
  });

  it('should not support a number inside a programme name', async () => {
    expect(await items(plan('全面推进平安某县8项专项行动。'))).toEqual([]);
  });

  it('should not support an age inside the name of a policy', async () => {
    expect(await items(plan('落实3岁以下婴幼儿照护服务政策。'))).toEqual([]);
  });
});
