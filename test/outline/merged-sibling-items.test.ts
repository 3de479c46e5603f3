// A sibling heading merged into its predecessor's line keeps the first items run onto it (src/outline/candidates.ts
// paragraphCandidates: nestedItems of each continuing sibling): texts written for these tests (genre g173 showed it).
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('items run onto a sibling heading of the same line', () => {
  it('should support the items of a second heading merged after a sentence end, with a space or none before its item 1', async () => {
    for (const gap of [' ', '']) {
      const text = ['一、节能改造', '1）推进建筑改造。完成改造5万平方米。', `二、绿色出行${gap}1）完善充电设施。新增充电桩100个。2）推广新能源车。占比不低于50%。三、节水行动${gap}1）创建节水单位。新建20家。2）改造供水管网。完成10公里。`].join('\n');
      expect(await outline(text)).toEqual([
        '一、 节能改造',
        '  1） 推进建筑改造',
        '二、 绿色出行',
        '  1） 完善充电设施',
        '  2） 推广新能源车',
        '三、 节水行动',
        '  1） 创建节水单位',
        '  2） 改造供水管网',
      ]);
    }
  });

  it('should not support an item twice when the sibling has more items than the heading before it', async () => {
    const text = ['一、总体要求', '二、加强管理1）健全制度。完成修订5项。2）强化考核。覆盖率100%。三、深化节约型机关建设1）节电。下降3%。2）节水。下降2%。3）节油。下降4%。4）垃圾分类。覆盖率100%。'].join('\n');
    expect(await outline(text)).toEqual([
      '一、 总体要求',
      '二、 加强管理',
      '  1） 健全制度',
      '  2） 强化考核',
      '三、 深化节约型机关建设',
      '  1） 节电',
      '  2） 节水',
      '  3） 节油',
      '  4） 垃圾分类',
    ]);
  });

  it('should not support a lone number after a merged sibling heading as its item', async () => {
    const text = ['一、节能改造', '（一）推进建筑改造。完成改造5万平方米。（二）推广光伏发电1.5万千瓦。新增装机容量。'].join('\n');
    expect(await outline(text)).toEqual(['一、 节能改造', '  （一） 推进建筑改造', '  （二） 推广光伏发电1.5万千瓦']);
  });
});
