// Tolls listed after the count of the events they are tolls of (火灾起数、死亡人数): safety and public-security plans name the event
// once, and each toll is of it (火灾死亡人数). Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { names } from './helpers.js';

describe('indicators: tolls listed after the count of an event', () => {
  it('should support naming each toll by the event counted first', () => {
    expect(names('全县火灾起数和死亡人数分别下降6%和9%。')).toEqual(['火灾起数|6|%', '火灾死亡人数|9|%']);
    expect(names('道路交通事故起数、受伤人数、直接经济损失较上年分别下降5%、7%、4%。')).toEqual([
      '道路交通事故起数|5|%',
      '道路交通事故受伤人数|7|%',
      '道路交通事故直接经济损失|4|%',
    ]);
  });

  it('should not support giving the event to a conjunct that is no toll of it', () => {
    expect(names('刑事案件发案数和群众安全感测评满意率分别下降5%和达到95%。').map((n) => n.split('|')[0])).not.toContain('刑事案件群众安全感测评满意率');
    expect(names('交通事故起数、火灾起数分别下降4%和6%。')).toEqual(['交通事故起数|4|%', '火灾起数|6|%']);
  });
});
