// A 民生实事 list counts its own entries in its preamble or notice (区政府确定实施15项民生实事项目, 办好8件民生实事): the list describing
// itself, each entry of which carries the targets, as a plan counting its own tasks does; no level to reach (gold g264, g381, g596).
// A bounded count stays. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { names, ANNUAL_2024 } from './helpers.js';

const amounts = (text: string): string[] => names(text, ANNUAL_2024).map((n) => n.split('|').slice(1).join('|'));

describe('indicators: a 民生实事 list counting its own entries (实施N项民生实事项目)', () => {
  it('should support the list\'s own count as no indicator', () => {
    expect(amounts('经县人大代表票决，县政府确定2024年实施15项民生实事项目。')).toEqual([]);
    expect(amounts('市政府将集中财力办好8件民生实事，新建公办幼儿园3所。')).toEqual(['3|所']);
  });
  it('should not support a bounded count, or a count of other projects, as no indicator', () => {
    expect(amounts('全年实施民生实事项目不少于12项。')).toEqual(['12|项']);
    expect(amounts('全年实施重点水利项目15项。')).toEqual(['15|项']);
  });
});
