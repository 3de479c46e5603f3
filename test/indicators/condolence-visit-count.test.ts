// 慰问: the households and people a 送温暖 campaign of 工会, 民政, 退役军人 or 妇联 visits with aid (慰问困难职工N户, 慰问困难党员N人), the
// count every such plan and review states, named between the verb and the count as 走访 and 救助 count them, the verb kept in the name (grammar objectVerbs,
// namingVerbs).
// The aid paid stays 发放's (发放慰问资金N万元), and 慰问 inside a noun (慰问金) stays in the name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, brief, indicators } from './helpers.js';

const read = (text: string) => brief(indicators(text, ANNUAL_2024));

describe('indicators: a count of households or people visited with aid (慰问…N户)', () => {
  it('should support the count after 慰问 and its object as a target', () => {
    expect(read('春节期间，县、乡两级工会慰问困难职工1800户。')).toEqual(['慰问困难职工|1800|户|=|target|2024']);
    expect(read('“七一”前夕慰问老党员和生活困难党员260人。')).toEqual(['慰问老党员和生活困难党员|260|人|=|target|2024']);
  });

  it('should not support moving the aid paid, or a count with its own verb, away from their verbs', () => {
    expect(read('发放慰问金120万元，走访退役军人家庭500户。').map((b) => b.split('|').slice(1, 3).join('|'))).toEqual(['120|万元', '500|户']);
  });
});
