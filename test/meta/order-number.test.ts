// A 规章 published by an order (GB/T 9704 命令（令）格式): the organ's header 某市人民政府令 and the 令号 line under it are the
// document's number, as the order is cited. Documents written for the test.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: the number of an order (某市人民政府令 / 第N号)', () => {
  it('should support the header and the 令号 under it as the docNumber', async () => {
    const m = await meta(
      doc(
        '某市人民政府令',
        '第12号',
        '《某市生活饮用水卫生监督管理办法》已经2026年3月2日市人民政府第18次常务会议审议通过，现予公布，自2026年5月1日起施行。',
        '市长　张某某',
        '2026年3月10日',
        '',
        '某市生活饮用水卫生监督管理办法',
        '第一章　总　则',
        '第一条　为了加强生活饮用水卫生监督管理，保障人体健康，制定本办法。',
        '第二条　到2028年，全市集中式供水单位水质检测合格率达到98%以上。',
      ),
    );
    expect(m.docNumber).toBe('某市人民政府令第12号');
    expect(m.issuer).toBe('某市人民政府');
    expect(m.title).toBe('某市生活饮用水卫生监督管理办法');
  });
  it('should support a number in brackets and in Chinese numerals', async () => {
    const m = await meta(doc('某省人民政府令', '（第二十三号）', '《某省消防安全责任规定》已经省人民政府同意，现予公布。', '省长　李某', '2026年6月1日', '', '某省消防安全责任规定', '第一条　为了落实消防安全责任，制定本规定。', '第二条　本规定适用于本省行政区域。'));
    expect(m.docNumber).toBe('某省人民政府令第二十三号');
  });
  it('should not support a 令号 line with no order header above it, nor a header whose organ is no organ', async () => {
    expect((await meta(doc('第12号', '某市2026年卫生健康工作要点', '一、加强党的建设', '全面落实管党治党责任。'))).docNumber).toBeNull();
    expect((await meta(doc('关于严格执行禁渔令', '第3号', '某县渔业工作要点', '一、加强渔政执法', '开展执法行动。'))).docNumber).toBeNull();
  });
});
