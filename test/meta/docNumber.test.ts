import { describe, expect, it } from 'vitest';
import { docNumberOnly } from '../../src/meta/docNumber.js';
import { doc, GAZETTE_FIRST_DOCUMENT, GAZETTE_PLAN_NOTICE, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta: docNumber', () => {
  it('should support a 文号 whose year OCR read with the letter O for a 0 (〔2O26〕), given back with its digits', async () => {
    expect(docNumberOnly('资府办发〔2O26〕4号', grammar)).toBe('资府办发〔2026〕4号');
    expect(docNumberOnly('资府办发〔2o26〕4 号', grammar)).toBe('资府办发〔2026〕4号');
  });

  it('should not support letters in place of the first digits of a year', () => {
    expect(docNumberOnly('资府办发〔OO26〕4号', grammar)).toBeNull();
  });

  it('should support a metadata panel field', async () => {
    const m = await meta(doc('2023年宝山区卫生健康工作要点', '信息来源: 区卫生健康委 发布时间 2023-03-24', '  • 发文字号: 宝卫〔2023〕4号', '一、加强防控'));
    expect(m.docNumber).toBe('宝卫〔2023〕4号');
  });

  it('should support a 文号 line under a red header or a title', async () => {
    expect((await meta(doc('泉州市人民政府文件', '', '泉政文〔2019〕45号', '', '泉州市人民政府关于促进健康服务业发展的实施意见'))).docNumber).toBe('泉政文〔2019〕45号');
    expect((await meta(doc('国务院关于印发中国妇女发展纲要的通知', '（国发〔2001〕18号）', '各省人民政府:'))).docNumber).toBe('国发〔2001〕18号');
  });

  it('should support a 文号 in brackets that ends the title line, kept out of the title and its years', async () => {
    const m = await meta(doc('某某市人民政府关于加快发展海洋经济的实施意见（某政发〔2025〕3号）', '各县（区）人民政府：', '一、总体要求', '到2030年，全面建成。', '某某市人民政府', '2025年4月1日'));
    expect([m.title, m.docNumber, m.kind, m.planYears]).toEqual(['某某市人民政府关于加快发展海洋经济的实施意见', '某政发〔2025〕3号', '实施意见', [2025, 2030]]);
    const n = await meta(doc('某某市人民政府办公室关于印发某某市2025年卫生健康工作要点的通知（某政办发〔2025〕9号）', '各县（区）人民政府：', '一、总体要求'));
    expect([n.title, n.docNumber]).toEqual(['某某市2025年卫生健康工作要点', '某政办发〔2025〕9号']);
  });

  it('should support a 文号 set after the title line with no brackets, as a site\'s list sets it', async () => {
    const m = await meta(doc('某市人民政府关于印发某市2025年卫生健康工作要点的通知　某政发〔2025〕3号', '各县（市、区）人民政府：', '现将《某市2025年卫生健康工作要点》印发给你们。', '某市人民政府', '2025年2月1日', '某市2025年卫生健康工作要点', '一、总体要求'));
    expect([m.title, m.docNumber, m.kind]).toEqual(['某市2025年卫生健康工作要点', '某政发〔2025〕3号', '工作要点']);
    const n = await meta(doc('某某市人民政府关于加快发展海洋经济的实施意见 某政发〔２０２５〕３号', '一、总体要求'));
    expect([n.title, n.docNumber]).toEqual(['某某市人民政府关于加快发展海洋经济的实施意见', '某政发〔2025〕3号']);
  });

  it('should not support a line that ends by citing a document\'s number, with no title before it', async () => {
    const m = await meta(doc('某市2025年卫生健康工作要点', '各地要认真贯彻落实国务院办公厅印发的国办发〔2025〕3号', '一、总体要求'));
    expect(m.docNumber).toBeNull();
  });

  it('should not support a bracketed 文号 that cites a document in a sentence', async () => {
    const m = await meta(doc('某某市2025年卫生健康工作要点', '根据《某某市卫生健康发展规划》（某政发〔2021〕3号）部署，制定本要点。', '一、总体要求'));
    expect(m.docNumber).toBeNull();
  });

  it('should support look-alike brackets, stray spaces and a 签发人', () => {
    expect(docNumberOnly('京卫发[2020] 12 号', grammar)).toBe('京卫发[2020]12号');
    expect(docNumberOnly('川卫函〔2021〕5号  签发人：张三', grammar)).toBe('川卫函〔2021〕5号');
  });

  it('should not support a cited document’s number', async () => {
    const m = await meta(
      doc('辽源市卫生健康“十四五”规划', '出台实施《辽源市人民政府办公室关于印发辽源市区域卫生规划(2016—2020年)的通知》(辽府办发〔2016〕24号)等。', '一、发展基础'),
    );
    expect(m.docNumber).toBeNull();
  });

  it('should not support a 文号 inside a sentence', () => {
    expect(docNumberOnly('根据国卫妇幼发〔2021〕38号文件精神', grammar)).toBeNull();
  });

  it('should support the 文号 of the document that prints the plan where the text holds several documents, each under its title', async () => {
    const m = await meta(
      doc(
        ...GAZETTE_FIRST_DOCUMENT,
        ...GAZETTE_PLAN_NOTICE,
      ),
    );
    expect([m.title, m.docNumber]).toEqual(['某市2026年养老服务工作要点', '某政办〔2026〕6号']);
  });

  it('should support the 文号 of the notice that prints the plan set above its title (GB/T 9704 版头) after a document whose 文号 is under its title', async () => {
    const m = await meta(
      doc(
        ...GAZETTE_FIRST_DOCUMENT,
        '某政办〔2026〕6号',
        '某市人民政府办公室关于印发某市2026年养老服务工作要点的通知',
        '各县、区人民政府：',
        '《某市2026年养老服务工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。',
        '某市人民政府办公室',
        '2026年2月16日',
        '某市2026年养老服务工作要点',
        '一、健全养老服务网络',
      ),
    );
    expect(m.docNumber).toBe('某政办〔2026〕6号');
  });
  it('should support the 文号 a post\'s lead-in gives in brackets after the document\'s own title (印发《2026年工作要点》（…号）)', async () => {
    const m = await meta(doc('某市卫生健康委员会2026年工作要点', '近日，某市卫生健康委员会印发《2026年工作要点》（某卫发〔2026〕3号），明确全年任务。', '一、总体要求', '（一）加强党建。'));
    expect(m.docNumber).toBe('某卫发〔2026〕3号');
  });
  it('should not support a 文号 cited after the title of another document', async () => {
    const m = await meta(doc('某市卫生健康委员会2026年工作要点', '根据《某省卫生健康工作要点》（某省卫发〔2026〕1号），制定本要点。', '一、总体要求', '（一）加强党建。'));
    expect(m.docNumber).toBeNull();
  });
  it('should not support a 文号 cited after a shorter title with a year left out of it (another document of that name)', async () => {
    const m = await meta(doc('某县2026年卫生健康工作要点', '近日，省卫生健康委印发《卫生健康工作要点》（某省卫发〔2026〕1号），现结合我县实际制定本要点。', '一、总体要求', '（一）加强党建。'));
    expect(m.docNumber).toBeNull();
  });
});
