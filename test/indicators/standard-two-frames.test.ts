// A subsidy or aid standard named before a basis of two per-unit frames (补助标准为每人每年1万元: per head and per year) is what each
// one receives, in 万元 as in 元, as the same standard with one frame is (补助标准为每台20万元): no target of the plan. A standard the
// plan raises or bounds stays an item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { documentItems } from './helpers.js';

const plan = (...lines: string[]) => documentItems(['某县林业局2027年工作计划', '一、重点工作', ...lines].join('\n'));
const values = async (...lines: string[]) => (await plan(...lines)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a named standard over two per-unit frames (补助标准为每人每年N万元)', () => {
  it('should support the standard over 每人每年 / 每户每年 in 万元 as no indicator', async () => {
    expect(await values('（一）护林员队伍。选聘护林员120名，护林员劳务补助标准为每人每年1.2万元。')).toEqual(['120|名']);
    expect(await values('（二）生态补偿。公益林区农户生态补偿标准为每户每年1.5万元。')).toEqual([]);
  });
  it('should not support a standard the plan raises, or a total paid out, as no indicator', async () => {
    expect(await values('（一）护林员队伍。护林员劳务补助标准提高到每人每年1.5万元。')).toEqual(['1.5|万元']);
    expect(await values('（二）资金保障。全年发放护林员劳务补助360万元。')).toEqual(['360|万元']);
  });
});
