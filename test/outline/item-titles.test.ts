// The titles of an enumeration's inline items read together (sharedForm), on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { sharedForm } from '../../src/outline/item-titles.js';
import { grammars } from '../grammar-helpers.js';

/** The items of `text` opened by 一是 and 二是: each title's search start, the end of its text, and `titles` as read. */
function items(text: string, titles: [string, string]) {
  const first = text.indexOf('一是') + 2;
  const second = text.indexOf('二是');
  return [
    { start: first, limit: second, title: titles[0] },
    { start: second + 2, limit: text.length, title: titles[1] },
  ];
}

describe('inline item titles read together', () => {
  it('should support cutting the one item that lost the 。 closing the heading every other item has (二是强化安全生产开展…)', () => {
    const text = '一是抓项目投资。全年完成固定资产投资50亿元；二是强化安全生产开展隐患排查整治，全年排查隐患300处。';
    expect(sharedForm(text, items(text, ['抓项目投资', '强化安全生产开展隐患排查整治']), grammars().outline)).toEqual(['抓项目投资', '强化安全生产']);
  });

  it('should not support reading an item as closed by 。 when its title as read stands nowhere in the source (a line break inside it)', () => {
    // The 。 at the title's length from the source's start (各项工作。) closes no title.
    const text = '各项工作。\n一是抓项目\n投资，全年完成固定资产投资50亿元；二是强化安全生产开展隐患排查整治，全年排查隐患300处。';
    expect(sharedForm(text, items(text, ['抓项目投资', '强化安全生产开展隐患排查整治']), grammars().outline)).toEqual(['抓项目投资', '强化安全生产开展隐患排查整治']);
  });
});
