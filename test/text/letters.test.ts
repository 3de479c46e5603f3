import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { narrowLetters } from '../../src/text/letters.js';

describe('text: full-width Latin letters', () => {
  it('should support full-width letters read as ASCII ones, one for one', () => {
    expect(narrowLetters('新建数据中心ＰＵＥ值不高于１.２５')).toBe('新建数据中心PUE值不高于１.２５');
    expect(narrowLetters('ＡＡＡ级景区，ｇｄｐ')).toBe('AAA级景区，gdp');
  });

  it('should not support changing a text without them, nor full-width punctuation', () => {
    const text = '（一）加强领导：１．建立机制；ＰＭ';
    expect(narrowLetters('（一）加强领导：建立机制；')).toBe('（一）加强领导：建立机制；');
    expect(narrowLetters(text)).toBe('（一）加强领导：１．建立机制；PM');
  });

  it('should support a unit typed in full-width letters as the same unit', async () => {
    const plan = await extract('一、建设算力设施。到2026年，全市算力总规模达到８００ＰＦｌｏｐｓ。');
    expect(plan.indicators.map((i) => [i.value, i.unit, i.text])).toEqual([[800, 'PFlops', '全市算力总规模达到８００ＰＦｌｏｐｓ']]);
  });
});
