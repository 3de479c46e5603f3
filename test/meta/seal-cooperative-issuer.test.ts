// A signature with the mark of its seal on a line of its own or after the organ (（公章）, OCR's （ 公 章 ）), and the supply
// and marketing cooperative (供销合作社联合社) as an issuing body (genre g174 showed them): documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const plan = (...signature: string[]): string =>
  doc('某县2026年工作计划', '为做好全年工作，制定本计划。', '一、主要目标', '全年销售总额达到12亿元。', ...signature);

describe('meta issuer: a seal mark in the signature', () => {
  it('should support a seal mark on its own line between the organ and the date', async () => {
    expect((await meta(plan('某县商务局', '（公章）', '2026年1月20日'))).issuer).toBe('某县商务局');
  });

  it('should support a letter-spaced seal mark read by OCR, and one after the organ', async () => {
    expect((await meta(plan('某县商务局', '（ 盖 章 ）', '2026年1月20日'))).issuer).toBe('某县商务局');
    expect((await meta(plan('某县商务局（印章）', '2026年1月20日'))).issuer).toBe('某县商务局');
  });

  it('should not support a bracketed line that is no seal mark as part of the signature', async () => {
    expect((await meta(plan('某县商务局', '（此件公开发布）', '2026年1月20日'))).issuer).not.toBe('某县商务局');
  });
});

describe('meta issuer: supply and marketing cooperatives', () => {
  it('should support a 供销合作社联合社 and a 供销社 signing their plan', async () => {
    expect((await meta(plan('某县供销合作社联合社', '2026年1月20日'))).issuer).toBe('某县供销合作社联合社');
    expect((await meta(plan('某县供销社', '2026年1月20日'))).issuer).toBe('某县供销社');
  });

  it('should not support a farmers\' cooperative line as an issuing body', async () => {
    expect((await meta(plan('某村种植专业合作社', '2026年1月20日'))).issuer).toBeNull();
  });
});
