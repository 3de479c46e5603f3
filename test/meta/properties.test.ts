// Invariants of the meta stage over generated documents: it never throws, its output fits the
// contract, dates are real calendar dates, a region comes with its 6-digit code unless the dataset lacks it (then it is a
// place name as written, ending in its division word), and
// planYears run forwards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { metaSchema } from '../../src/schema.js';

/** Pieces that exercise the meta stage: titles, notices, organs, dates, 文号, panels, places. */
const piece = fc.constantFrom(
  '贵阳市卫生健康局文件', '市卫生健康局关于印发《2020 年全市卫生健康工作要点》的通知', '关于印发', '的通知', '《', '》',
  '2020年全市卫生健康工作要点', '辽源市卫生健康“十四五”规划', '(2001—2010年)', '20232025年', '十五', '十四五', '“',
  '各区(市、县)卫生健康局,局属各单位:', '上海市宝山区卫生健康委员会', '国务院办公厅', '国务院', '2022年12月30日',
  '二○○一年五月二十二日', '2023-02-30', '2025年4月17日 星期四', '发布时间: 2023-03-24', '发布日期:', '发文字号:',
  '宝卫〔2023〕4号', '(国发〔2016〕77号)', '机构名称: 区卫生健康委', '健康中山建设', '全市', '全区', '城区', '宝山区',
  '当前位置: 首页 > 规划', '一、', '(一)', '1.', '。', ':', ',', ' ', '\u3000', '\u00a0', '\n', '\n\n', '\r\n', '- ',
);
const documentText = fc.oneof(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.string({ maxLength: 200 }));

const realDate = (d: string | null): boolean => {
  if (d === null) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(d);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === d;
};

describe('meta invariants', () => {
  it('should never throw and should always fit the contract', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        const { meta } = await extract(text, { path: 'doc.txt' });
        metaSchema.parse(meta);
        expect(realDate(meta.publishDate) && realDate(meta.issueDate)).toBe(true);
        if (meta.issueDate !== null) expect(meta.publishDate).not.toBeNull();
        if (meta.region === null) expect(meta.regionCode).toBeNull();
        else if (meta.regionCode === null) expect(meta.region).toMatch(/(?:省|自治区|市|州|盟|区|县|旗)$/u);
        if (meta.regionCode !== null) expect(meta.regionCode).toMatch(/^\d{6}$/u);
        if (meta.planYears) expect(meta.planYears[0]).toBeLessThanOrEqual(meta.planYears[1]);
        if (meta.addressees) expect(meta.addressees.every((a) => a !== '' && !/[,，]/u.test(a))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
