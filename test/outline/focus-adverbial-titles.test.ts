// 围绕, 聚焦: co-verbs that open the focus a work is done on (围绕中心工作开展调研). The object they take often ends in a word
// that also ends headings (工作, 发展), but the verb after it is the heading's own: 聚焦…工作开展视察调研 is one title, as
// 按照统一要求推进… is, and a run-on heading after such a title is still cut.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('titles: an adverbial of 围绕/聚焦', () => {
  it('should support 聚焦…工作开展… as one run-in title', async () => {
    expect(await outline('一、建言资政\n1.聚焦市委中心工作开展专题协商。全年安排协商议题8个。\n2.完善协商机制。制定年度协商计划。\n')).toEqual([
      '一、 建言资政',
      '  1. 聚焦市委中心工作开展专题协商',
      '  2. 完善协商机制',
    ]);
  });

  it('should support 围绕…发展开展… as one run-in title', async () => {
    expect(await outline('一、履职重点\n（一）围绕县域经济高质量发展开展民主监督。组织委员深入企业。\n（二）加强委员培训。举办培训班2期。\n')).toEqual([
      '一、 履职重点',
      '  （一） 围绕县域经济高质量发展开展民主监督',
      '  （二） 加强委员培训',
    ]);
  });

  it('should not support a heading without such an adverbial as one title when its body runs on (…工作|开展…)', async () => {
    expect(await outline('一、重点任务\n1.做好统战工作开展党外人士联谊交友活动，增进共识。\n')).toEqual(['一、 重点任务', '  1. 做好统战工作']);
  });
});
