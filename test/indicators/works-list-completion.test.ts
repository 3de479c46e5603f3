// The count after 等 that closes the object of a verb of works is the number of works to deliver (grammar listWorksVerbs,
// src/indicators/reading.ts listVerb): also when the list is one name standing for the set (新建城东文化站等4个文化站), after 修缮
// (the repair of buildings, the works 文旅 and 文物 plans count in 处), and after 完成 when a verb of works names the works after
// the counted noun (完成…等5处旧址的修缮: grammar listCompletionVerbs). A count after 等 with no such verb still only counts the list
// (等4类疾病). In markdown the ** that closes a bold run-in heading stands before the clause's verb: markup, skipped. The time an
// annual plan gives its works (年内, 全年, 2027年底前, 上半年) may open the clause before the verb, as before any other target verb.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string, path = 'plan.txt') =>
  (await extract(text, { path })).indicators.map((i) => [i.text, i.value, i.unit, i.comparator]);

describe('indicators: a count after 等 that closes the object of a verb of works', () => {
  it('should support a list of one name closed by 等 after a verb of works', async () => {
    expect(await read('某县2027年文化工作要点\n一、重点任务\n新建城东文化站等4个乡镇文化站，改造老年活动中心等3处活动场所。')).toEqual([
      ['新建城东文化站等4个乡镇文化站', 4, '个', '='],
      ['改造老年活动中心等3处活动场所', 3, '处', '='],
    ]);
  });

  it('should support 修缮 before a list of buildings', async () => {
    expect(await read('某县2027年文物工作要点\n一、重点任务\n修缮红军医院旧址、苏维埃政府旧址等6处革命文物。')).toEqual([
      ['修缮红军医院旧址、苏维埃政府旧址等6处革命文物', 6, '处', '='],
    ]);
  });

  it('should support 完成 before a list when a verb of works names the works after the counted noun', async () => {
    expect(await read('某区2027年住建工作要点\n一、重点任务\n力争完成东风、红旗等8个老旧小区的改造，完成县委旧址等2处古建筑修缮。')).toEqual([
      ['完成东风、红旗等8个老旧小区的改造', 8, '个', '='],
      ['完成县委旧址等2处古建筑修缮', 2, '处', '='],
    ]);
  });

  it('should not support a count after 等 with no verb of works, nor after 完成 with no works named after the noun', async () => {
    expect(await read('某县2027年疾控工作要点\n一、重点任务\n完成鼠疫、霍乱等4类疾病监测，重点监测流感等3种传染病，法定传染病报告率达到100%。')).toEqual([
      ['法定传染病报告率达到100%', 100, '%', '='],
    ]);
  });

  it('should support the verb of works after the ** that closes a bold run-in heading in markdown', async () => {
    const md = '# 某县文化和旅游局2027年工作要点\n\n## 一、重点任务\n\n1. **加强文物保护。**完成古城墙等3处文物的修缮。\n';
    expect(await read(md, 'plan.md')).toEqual([['完成古城墙等3处文物的修缮', 3, '处', '=']]);
  });

  it('should support a date that opens the clause before the verb of works', async () => {
    const text = '某县2027年城建工作要点\n一、重点任务\n年内完成南关、北关等6个老旧小区改造，2027年底前新建实验小学、第三中学等4所学校，上半年改造城东、城西等3处农贸市场。';
    expect(await read(text)).toEqual([
      ['完成南关、北关等6个老旧小区改造', 6, '个', '='],
      ['新建实验小学、第三中学等4所学校', 4, '所', '='],
      ['改造城东、城西等3处农贸市场', 3, '处', '='],
    ]);
  });

  it('should not support a date before a count after 等 with no verb of works', async () => {
    expect(await read('某县2027年疾控工作要点\n一、重点任务\n年内完成流感、手足口病等5类疾病监测，全年对城东、城西等4所学校开展检查。')).toEqual([]);
  });
});
