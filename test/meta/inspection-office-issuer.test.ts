// A 督查通报 issued by a government's 督查室 in its own name: the office's line over the title, the 关于 title, the signature.
// Documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta issuer: a government 督查室', () => {
  it('should support a 督查室 signing its own 通报 as the issuer', async () => {
    const m = await meta(
      doc(
        '某某县人民政府督查室',
        '关于一季度民生实事推进情况的督查通报',
        '某政督〔2027〕3号',
        '各乡镇人民政府，县直有关单位：',
        '　　4月上旬，县政府督查室对一季度民生实事推进情况进行了督查。现将有关情况通报如下：',
        '　　一、总体情况',
        '　　一季度，全县民生实事完成投资2.1亿元。',
        '某某县人民政府督查室',
        '2027年4月18日',
      ),
    );
    expect(m.issuer).toBe('某某县人民政府督查室');
    expect(m.publishDate).toBe('2027-04-18');
  });

  it('should not support a 督查室 named inside a sentence as the issuer', async () => {
    const m = await meta(doc('某某县2027年民生实事工作方案', '　　一、工作要求', '　　县政府督查室每季度开展1次督查。', '某某县人民政府', '2027年2月1日'));
    expect(m.issuer).toBe('某某县人民政府');
  });
});
