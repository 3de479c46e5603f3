import { describe, expect, it } from 'vitest';
import { addresseeList } from '../../src/meta/addressees.js';
import { doc, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta: addressees', () => {
  it('should support a 主送 line split on commas, 、 kept inside an item', () => {
    expect(addresseeList('各县、区人民政府,辽源高新技术产业开发区管委会,市政府各委、办、局,各直属机构,驻市各中省直单位:', grammar)).toEqual([
      '各县、区人民政府',
      '辽源高新技术产业开发区管委会',
      '市政府各委、办、局',
      '各直属机构',
      '驻市各中省直单位',
    ]);
    expect(addresseeList('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', grammar)).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构']);
  });

  it('should support a 主送 line under a notice title with no final punctuation', async () => {
    const m = await meta(doc('贵阳市卫生健康局文件', '', '市卫生健康局关于印发《2020年全市卫生健康工作要点》的通知', '各区(市、县)卫生健康局,局属各单位,机关各处室:', '', '经局研究同意,现印发给你们。', '2020年全市卫生健康工作要点'));
    expect(m.addressees).toEqual(['各区(市、县)卫生健康局', '局属各单位', '机关各处室']);
  });

  it('should not support a lead-in line that ends with a colon', async () => {
    expect(addresseeList('重点抓好十个方面的工作:', grammar)).toBeNull();
    expect(addresseeList('主要目标是:', grammar)).toBeNull();
    expect((await meta(doc('2020年全市卫生健康工作要点', '重点抓好十个方面的工作:', '一、全面加强党的建设'))).addressees).toBeNull();
  });

  it('should support bodies whose names contain verbs-like characters (应急管理局)', () => {
    expect(addresseeList('市卫生健康委，市应急管理局，各区人民政府：', grammar)).toEqual(['市卫生健康委', '市应急管理局', '各区人民政府']);
  });

  it('should not support a sentence lead-in, nor a colon line below the running text', async () => {
    expect(addresseeList('各地要做好以下工作：', grammar)).toBeNull();
    const m = await meta(doc('某市卫生健康工作实施意见', '为做好今年工作，结合我市实际，现提出如下意见。全市各级各部门要高度重视，切实抓好落实。', '各区卫生健康局，各直属单位：', '无'));
    expect(m.addressees).toBeNull();
  });

  it('should not support the salutation of a speech (各位代表：)', async () => {
    expect(addresseeList('各位代表：', grammar)).toBeNull();
    expect(addresseeList('各位委员，各位同志：', grammar)).toBeNull();
    expect((await meta(doc('政府工作报告', '各位代表：', '现在，我代表省人民政府，向大会报告工作。', '一、工作回顾'))).addressees).toBeNull();
  });

  it('should support a 主送 line below page lines that read as sentences', async () => {
    const m = await meta(doc('> 本文由脚本提取；仅供查阅。', '', '某区人民政府办公室关于印发《某区水务规划》的通知', '', '各乡、镇人民政府，区各直属单位：', '', '现印发给你们。', '某区水务规划', '一、回顾'));
    expect(m.addressees).toEqual(['各乡、镇人民政府', '区各直属单位']);
  });

  it('should support a 主送 line a PDF page broke, its page number left out', async () => {
    const m = await meta(doc(
      '某区人民政府办公室关于印发某区水务发展规划的通知',
      '各乡、镇人民政府，区政府各委、办、局，区各直属单位，在区',
      '— 1 —',
      '\f市属有关部门：',
      '《某区水务发展规划》已经区政府同意，现印发给你们，请认真',
      '贯彻执行。',
      '— 2 —',
    ));
    expect(m.addressees).toEqual(['各乡、镇人民政府', '区政府各委、办、局', '区各直属单位', '在区市属有关部门']);
  });

  it('should support a 主送 line a PDF wrapped before a comma', async () => {
    const m = await meta(doc(
      '某市人民政府办公室关于印发某市促进消费若干措施的通知',
      '各县（市、区）人民政府，某某开发区、某某投资区管委会',
      '，市直有关单位：',
      '《某市促进消费若干措施》已经市政府同意，现印发给你们，请认',
      '真贯彻执行。',
      '— 1 —',
      '\f某市人民政府办公室',
      '— 2 —',
    ));
    expect(m.addressees).toEqual(['各县（市、区）人民政府', '某某开发区、某某投资区管委会', '市直有关单位']);
  });
});
