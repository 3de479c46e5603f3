// A joint plan's cover: its bodies set one a line under the title, over the cover date (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: issuer of a joint plan\'s cover', () => {
  it('should support two organ lines under the title and over the cover date, space-separated', async () => {
    const m = await meta(doc('某省“十五五”现代物流业发展规划', '某省发展和改革委员会', '某省商务厅', '2026年5月', '第一章　发展基础', '“十四五”以来，全省物流业规模持续扩大。'));
    expect(m.issuer).toBe('某省发展和改革委员会 某省商务厅');
  });

  it('should support three organ lines after an editor\'s mark (（节选）)', async () => {
    const m = await meta(doc('某市“十五五”水安全保障规划', '（节选）', '某市水利局', '某市发展和改革委员会', '某市自然资源和规划局', '2026年7月', '第一章　规划基础'));
    expect(m.issuer).toBe('某市水利局 某市发展和改革委员会 某市自然资源和规划局');
  });

  it('should not support organ lines under a title with no cover date or chapter under them', async () => {
    const m = await meta(doc('“十五五”现代物流业发展规划', '某省发展和改革委员会', '某省商务厅', '为推动物流业高质量发展，制定本规划。', '一、发展基础'));
    expect(m.issuer).toBeNull();
  });

  it('should support a cover whose organs and date share one line under the title', async () => {
    const m = await meta(doc('某市“十五五”生态环境保护规划', '某市生态环境局　某市发展和改革委员会　2026年3月', '第一章　发展基础', '“十四五”期间，全市生态环境质量持续改善。'));
    expect(m.issuer).toBe('某市生态环境局 某市发展和改革委员会');
  });

  it('should support one organ and a date in Chinese numerals on the line under an excerpt\'s mark', async () => {
    const m = await meta(doc('某县“十五五”综合交通运输发展规划', '（节选）', '某县交通运输局 二〇二六年四月', '第一章　发展基础'));
    expect(m.issuer).toBe('某县交通运输局');
  });

  it('should not support a line of a sentence ending in a year as a cover', async () => {
    const m = await meta(doc('某市“十五五”生态环境保护规划', '全市生态环境质量持续改善 2025年', '第一章　发展基础'));
    expect(m.issuer).toBeNull();
  });

  it('should not support an organ and a date that is a deadline in a sentence', async () => {
    const m = await meta(doc('某市“十五五”生态环境保护规划', '某市生态环境局 2026年3月底前完成规划评估', '第一章　发展基础'));
    expect(m.issuer).toBeNull();
  });
});
