// A part picked out of a whole named by a partitive frame (全区20家社区卫生服务中心中，6家达到…标准): the count is of the whole's
// institutions that attain the grade, as after 其中, also after 有, 力争 or 新增. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const items = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: institutions of a partitive whole that attain a grade', () => {
  it('should support a count right before a verb of attaining after a partitive frame', () => {
    expect(items('全区20家社区卫生服务中心中，6家达到服务能力推荐标准。')).toEqual(['达到服务能力推荐标准的社区卫生服务中心|6|家|=|target|2024']);
    expect(items('在全市11所二级医院中，有3所通过三级医院评审。')).toEqual(['通过三级医院评审的二级医院|3|所|=|target|2024']);
  });
  it('should support 力争 and 新增 before such a count, after a partitive frame or 其中', () => {
    expect(items('全县9个乡镇卫生院中，力争4个达到社区医院建设标准。')).toEqual(['达到社区医院建设标准的乡镇卫生院|4|个|=|target|2024']);
    expect(items('全县乡镇卫生院全部达到基本标准，其中新增2家达到推荐标准。')).toEqual(['达到推荐标准的乡镇卫生院|2|家|=|target|2024']);
  });
  it('should not support a frame that names no institutions: the act alone names the count', () => {
    expect(items('全县各类项目中，5个达到验收标准。').map((b) => b.split('|')[0])).not.toContainEqual(expect.stringContaining('的各类项目'));
  });
  it('should not support a clause before that is no partitive frame (高中 ends a noun)', () => {
    expect(items('全县共有3所普通高中，2所达到省级示范标准。').map((b) => b.split('|')[0])).not.toContainEqual(expect.stringContaining('的普通高'));
  });
});
