// A hospital's own plan names itself 我院 / 本院 before a metric, as a city's plan writes 我市 / 本市 (grammar scope): the
// word is dropped from the metric and kept in the text. 全院 stays (全院床护比 is named against 病区床护比).
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ANNUAL_2024, names } from './helpers.js';

describe('我院 / 本院 as the scope of a hospital plan', () => {
  it('should support a metric without the hospital naming itself', () => {
    expect(names('我院三级手术占比达到38%以上。', ANNUAL_2024)).toEqual(['三级手术占比|38|%']);
    expect(names('本院住院患者满意度保持在95%以上。', ANNUAL_2024)).toEqual(['住院患者满意度|95|%']);
  });
  it('should not support dropping 全院 or a word that only begins like it', () => {
    expect(names('全院床护比不低于1:0.6。', ANNUAL_2024).map((n) => n.split('|')[0])).toEqual(['全院床护比']);
  });
});
