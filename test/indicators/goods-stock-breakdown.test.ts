// A stock of materials (救灾物资, 应急物资, 防汛物资) is totalled in 件, the classifier of articles, and broken down after 其中 into its
// main articles, each counted by its own classifier (a tent in 顶, a bed in 张, a quilt in 床, a generator set in 台套): every part is an
// item as the total is, though its unit is not the total's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const parts = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(0, 3).join('|'));

describe('indicators: the articles of a stock of goods totalled in 件 (…万件，其中帐篷N顶、棉被N床)', () => {
  it('should support each article after 其中 counted by its own classifier as an item', () => {
    expect(parts('县级应急物资储备不少于12万件，其中帐篷800顶、棉被2万床、折叠床6000张。')).toEqual([
      '县级应急物资储备|12|万件',
      '帐篷|800|顶',
      '棉被|2|万床',
      '折叠床|6000|张',
    ]);
    expect(parts('新增防汛抢险物资3万件，其中冲锋舟15艘、移动发电机组40台套。')).toEqual(['防汛抢险物资|3|万件', '冲锋舟|15|艘', '移动发电机组|40|台套']);
  });
  it('should not support a part after 其中 in a classifier of goods when the total is no stock of pieces', () => {
    // A total in 人次 is no stock of goods: a bare 台 after 其中 stays unread, as before.
    expect(parts('开展农机操作培训1200人次，其中拖拉机30台。')).toEqual(['开展农机操作培训|1200|人次']);
    // A bare count with no 其中 before it is no part of anything.
    expect(parts('救灾物资储备达到8万件；帐篷500顶。')).toEqual(['救灾物资储备|8|万件']);
  });
});
