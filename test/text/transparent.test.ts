// What the reading text made spaces that were no white space as written (a page's inline tags, a
// reference's padding, an invisible character) stands for nothing: no reader sees a gap there.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { droppedBefore } from '../../src/text/clean.js';
import { closeTransparentGaps, JOINER, readingText, transparentOf } from '../../src/text/reading.js';
import { TextView } from '../../src/text/view.js';

const mask = (original: string): Uint8Array | undefined => transparentOf(original, readingText(original));
const flags = (m: Uint8Array | undefined): string => (m ? [...m].join('') : '');

describe('text: transparent characters of the reading text', () => {
  it('should support inline tags, a reference\'s padding and a zero-width space as transparent', () => {
    expect(flags(mask('扩大<b>网</b>'))).toBe('0011101111');
    expect(flags(mask('&ldquo;网'))).toBe('01111110');
    expect(flags(mask('网\u200b络'))).toBe('010');
  });

  it('should support a tag with attributes as transparent whole, the spaces between its attributes too', () => {
    expect(flags(mask('网<span lang="EN-US">1</span>'))).toBe(`0${'1'.repeat(19)}0${'1'.repeat(7)}`);
    const original = '<p>某区卫生健康局<span lang="EN-US">2024</span>年工作计划</p>';
    expect(closeTransparentGaps(readingText(original), mask(original)).trim()).toBe(`某区卫生健康局${JOINER.repeat(19)}2024${JOINER.repeat(7)}年工作计划`);
  });

  it('should not support a space beside a tag, or a < that opens no tag, as part of it', () => {
    expect(flags(mask('网 <b>络</b> 站'))).toBe('001110111100');
    expect(mask('小于 <5%')).toBeUndefined();
  });

  it('should not support white space as written, a decoded &nbsp; or a text without markup as transparent', () => {
    expect(mask('一、总体要求　 推进')).toBeUndefined();
    expect(flags(mask('&nbsp;一'))[0]).toBe('0');
  });

  it('should support cleaning across transparent characters without a gap, and a real space still as one', () => {
    const view = new TextView('扩大<span>“互联网”</span>试点 推进');
    const clean = view.clean(0, view.source.length);
    expect(clean.text).toBe('扩大“互联网”试点推进');
    expect(droppedBefore(clean, clean.text.indexOf('“'))).toBe(false);
    expect(droppedBefore(clean, clean.text.indexOf('试'))).toBe(false);
    expect(droppedBefore(clean, clean.text.indexOf('推'))).toBe(true);
  });

  it('should support closing transparent runs between words for readers that part lines at spaces, not at a line\'s edges', () => {
    const original = '<p>仙居县<span>2024</span>年</p>';
    const closed = closeTransparentGaps(readingText(original), mask(original));
    expect(closed).toHaveLength(original.length);
    expect(closed.trim()).toBe(`仙居县${JOINER.repeat(6)}2024${JOINER.repeat(7)}年`);
  });
});

describe('documents copied from a page\'s source with inline markup', () => {
  it('should support a heading with a character reference among labelled siblings', async () => {
    const plan = await extract(
      ['（一）发展延续护理。推动工作。', '（二）扩大&ldquo;互联网＋护理服务&rdquo;试点。推动试点工作。', '（三）推进中医护理。推动工作。'].join('\n'),
    );
    expect(plan.children.filter((c) => c.type === 'section').map((c) => (c.type === 'section' ? c.title : ''))).toEqual([
      '发展延续护理',
      '扩大“互联网＋护理服务”试点',
      '推进中医护理',
    ]);
  });

  it('should not support lines with inline tags between their words as a table aligned by spaces', async () => {
    const plan = await extract(
      ['<p>仙居县<span>2024</span>年爱国卫生工作方案</p>', '<p>仙爱卫办〔<span>2024</span>〕<span>2</span>号</p>', '<p>一、工作目标</p>', '<p>全县卫生乡镇占比达到40%以上。</p>'].join('\n'),
    );
    expect(plan.meta.docNumber).toBe('仙爱卫办〔2024〕2号');
    expect(plan.indicators.map((i) => [i.value, i.unit])).toEqual([[40, '%']]);
  });

  it("should support a page's header line with inline tags as furniture, and its date as the publish date", async () => {
    const plan = await extract(
      ['<p><span>2025</span>年4月17日 星期四</p>', '<p>某区2024年工作计划</p>', '<p>日期:<span>2024</span>-<span>04</span>-<span>30</span> 09:09 字号:[ 大 ] [ 中 ] [ 小 ]</p>', '<p>一、总体要求</p>', '<p>推进工作。</p>'].join('\n'),
    );
    expect(plan.children[0]?.type).toBe('boilerplate');
    expect(plan.children[2]?.type).toBe('boilerplate');
    expect(plan.meta.publishDate).toBe('2024-04-30');
    expect(plan.indicators).toEqual([]);
  });
});
