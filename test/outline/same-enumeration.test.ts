// An enumeration never nests in itself: 一是…二是… in a later paragraph of an item that opened its line with the same word
// (a transcript's second speaker, the next part of a report) is a new run beside that item. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { outline } from './outline-helpers.js';

describe('outline: a second run of the same inline word', () => {
  it('should support a later 一是…二是… run in another paragraph as a sibling of the line items, not their child', async () => {
    const text = [
      '一是“稳住粮食生产”。全年播种面积稳定在80万亩。',
      '二是“做强特色产业”。新建标准化茶园2万亩。',
      '主持人：请王局长介绍资金安排。',
      '王局长：我们重点抓两件事：一是整合涉农资金，集中投向主导产业；二是用好风险补偿金，撬动金融资金。',
    ].join('\n');
    expect(await outline(text)).toEqual([
      '一是 “稳住粮食生产”',
      '二是 “做强特色产业”',
      '一是 整合涉农资金，集中投向主导产业',
      '二是 用好风险补偿金，撬动金融资金',
    ]);
  });

  it('should not support a run of another word (一要…二要…) leaving the line item it follows', async () => {
    const text = ['一是加强队伍建设。配齐专职人员。', '具体而言，一要加强培训；二要完善考核。'].join('\n');
    expect(await outline(text)).toEqual(['一是 加强队伍建设', '  一要 加强培训', '  二要 完善考核']);
  });

  it('should not support moving a run that stands under a numbered heading', async () => {
    const text = ['一、强化保障', '我们将着力做好两方面工作：一是加大投入；二是强化督查。'].join('\n');
    expect(await outline(text)).toEqual(['一、 强化保障', '  一是 加大投入', '  二是 强化督查']);
  });
});
