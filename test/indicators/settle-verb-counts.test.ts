// 解决 as a verb that counts its object: the problems, weak spots and cases a plan settles in its year (解决低电压台区30个, 解决
// 群众急难愁盼问题150件), each its own item after a comma, as 治理 and 办结 count them (grammar objectVerbs). Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const items = async (lines: string[], title = '某县2027年民生实事工作方案') =>
  (await extract([title, ...lines].join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator, i.text]);

describe('indicators: counts settled after 解决', () => {
  it('should support weak spots and cases settled, counted after 解决 and the object', async () => {
    const out = await items(['一、工作目标', '2027年，解决农村低电压台区35个；全年解决群众急难愁盼问题150件。']);
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [35, '个', '解决农村低电压台区35个'],
      [150, '件', '解决群众急难愁盼问题150件'],
    ]);
  });

  it('should support a settled count as its own span after the works of the clause before', async () => {
    const out = await items(['一、工作目标', '2027年，新建集中供水站12处，解决2.4万人饮水不稳定问题。']);
    expect(out.map((i) => [i[1], i[2], i[4]])).toEqual([
      [12, '处', '新建集中供水站12处'],
      [2.4, '万人', '解决2.4万人饮水不稳定问题'],
    ]);
  });

  it('should not support 解决 with no count, or a count in Chinese numerals of the kinds of problems', async () => {
    const out = await items(['一、工作目标', '着力解决群众反映强烈的突出问题，重点解决三个方面的问题。']);
    expect(out).toEqual([]);
  });
});
