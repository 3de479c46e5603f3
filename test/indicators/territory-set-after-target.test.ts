// A clause opened by the whole territory and a count that runs into a noun (全县15个乡镇…, 全市9个国控断面…) names all of the
// territory's things of that kind, the subject of its own clause: not a further member of the list of values before it, even right
// after a target and a comma. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某市2027年水污染防治工作方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: the whole territory set after a target', () => {
  it('should not support a count of the whole territory after a target and a comma as a value', async () => {
    const out = await items(['一、工作目标', '2027年，地表水考核断面水质优良比例保持100%，全市9个国控断面每季度开展1次水质会商。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([[100, '%']]);
  });

  it('should not support it after a bounded target either', async () => {
    const out = await items(['一、工作目标', '2027年，县城生活垃圾无害化处理率达到98%以上，全县15个乡镇落实专人巡查。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([[98, '%']]);
  });

  it('should support the next object of a list after a comma, with its own noun', async () => {
    const out = await items(['一、工作目标', '2027年，培训社区网格员300名，志愿者1200名。']);
    expect(out.map((i) => [i[1], i[2]])).toEqual([
      [300, '名'],
      [1200, '名'],
    ]);
  });
});
