// A web page printed to PDF whose whole text came out as one line: page breaks and the site's
// footer inside sentences, no line breaks at all. The meta stage reads the lines it surely had.
import { describe, expect, it } from 'vitest';
import { meta } from './meta-helpers.js';

const body = Array.from({ length: 120 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）加强第${i + 1}项工作。各地要落实责任，推进有关工作取得实效。`).join('');
const footer = '\f某市人民政府网 版权所有 第2页\f';

describe('meta: a document on one line', () => {
  it('should support the 文号, 主送, signature, remark and plan title of a notice run together', async () => {
    const text =
      '某府办发〔2023〕7号 各区人民政府，市政府各部门：《某市养老服务体系建设实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。' +
      '某市人民政府办公室 2023年4月6日（此件公开发布）某市养老服务体系建设实施方案 一、总体要求 到2025年，建成养老服务网络。' +
      body.slice(0, 600) + footer + body.slice(600) + '\n';
    const m = await meta(text);
    expect(m.title).toBe('某市养老服务体系建设实施方案');
    expect(m.docNumber).toBe('某府办发〔2023〕7号');
    expect(m.issuer).toBe('某市人民政府办公室');
    expect(m.publishDate).toBe('2023-04-06');
    expect(m.addressees).toEqual(['各区人民政府', '市政府各部门']);
    expect(m.planYears).toEqual([2023, 2025]);
  });

  it('should not support cutting ordinary long paragraphs', async () => {
    const m = await meta(`2024年全市卫生健康工作要点\n${body.slice(0, 2900)}\n`);
    expect(m.title).toBe('2024年全市卫生健康工作要点');
    expect(m.planYears).toEqual([2024, 2024]);
  });
});
