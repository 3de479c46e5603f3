import { describe, expect, it } from 'vitest';
import { isOrgan, signatureAt, signedOrgans } from '../../src/meta/signature.js';
import type { MetaBlock } from '../../src/meta/doc.js';
import { doc, meta } from './meta-helpers.js';
import { grammars } from '../grammar-helpers.js';

const grammar = grammars().meta;

describe('meta: signature', () => {
  const block = (text: string): MetaBlock => ({ text, raw: text, line: 1, offset: 0, furniture: false, outlined: false });

  it.each([
    ['full-width digits', '上海市宝山区卫生健康委员会２０２３年３月２０日', '2023-03-20'],
    ['a numeric date without 日', '上海市宝山区卫生健康委员会2023-3-20', '2023-03-20'],
    ['white space after a date without 日', '上海市宝山区卫生健康委员会2023-3-20\u3000 ', '2023-03-20'],
    ['white space after a date in Chinese numerals', '上海市宝山区卫生健康委员会二〇二三年三月二十日\u3000', '2023-03-20'],
    ['a last character that is 日 only after NFKC (the radical ⽇)', '上海市宝山区卫生健康委员会二〇二三年三月二十\u2f47', '2023-03-20'],
    ['a last character that is 1日 only after NFKC (㏠)', '上海市宝山区卫生健康委员会2023年3月\u33e0', '2023-03-01'],
  ])('should support an organ and its date on one line, with %s', (_name, text, date) => {
    expect(signatureAt([block(text)], 0, grammar)).toMatchObject({ organ: '上海市宝山区卫生健康委员会', date, first: 0, last: 0 });
  });

  it('should not support an organ line with a date that does not end it as a signature', () => {
    expect(signatureAt([block('上海市宝山区卫生健康委员会2023年3月20日印发')], 0, grammar)).toBeNull();
    expect(signatureAt([block('上海市宝山区卫生健康委员会二〇二三年三月二十日起施行')], 0, grammar)).toBeNull();
  });

  it('should not support a 版记 印发 line copied one cell a line as the signature: its organ is the printing office', async () => {
    const lines = ['某县卫生健康局2027年审计工作要点', '一、加强内部审计', '全年完成审计项目12个。', '某县卫生健康局办公室', '2027年3月2日印发'];
    expect(signatureAt(lines.map(block), 3, grammar)).toBeNull();
    const m = await meta(doc(...lines));
    expect(m.issuer).toBe('某县卫生健康局');
    expect(m.publishDate).toBe('2027-03-02');
  });

  it('should support an organ over its date as the signature, with a 版记 below it', async () => {
    const m = await meta(doc('某县卫生健康局2027年审计工作要点', '一、加强内部审计', '全年完成审计项目12个。', '某县审计中心', '2027年3月1日', '某县卫生健康局办公室', '2027年3月2日印发'));
    expect(m.issuer).toBe('某县审计中心');
    expect(m.publishDate).toBe('2027-03-01');
  });

  it('should support a joint signature with its organs separated by spaces, as written', async () => {
    const m = await meta(doc('关于加强某项工作的通知', '各省卫生健康委：', '一、总体目标', '国家卫生健康委办公厅 国家中医药局综合司 国家疾控局综合司 2024年10月28日'));
    expect(m.issuer).toBe('国家卫生健康委办公厅 国家中医药局综合司 国家疾控局综合司');
    expect(m.publishDate).toBe('2024-10-28');
  });

  it('should support a letter-spaced signature and a name a PDF split', () => {
    expect(signedOrgans('国  务  院', grammar)).toBe('国务院');
    expect(signedOrgans('国家卫生健康 委办公厅', grammar)).toBe('国家卫生健康委办公厅');
    expect(signedOrgans('中共某某市委   某某市人民政府', grammar)).toBe('中共某某市委 某某市人民政府');
  });

  it('should support a 司 of a national ministry as an organ', () => {
    expect(isOrgan('国家卫生健康委医政司', grammar)).toBe(true);
  });

  it('should not support a sentence or a line with numbers as an organ', () => {
    expect(isOrgan('各地要加强组织领导。', grammar)).toBe(false);
    expect(isOrgan('2023年某某局', grammar)).toBe(false);
  });

  it('should not support the signature of a later document in the file', async () => {
    const m = await meta(
      doc('关于做好某项工作的通知', '一、工作目标', '某某省卫生健康委员会', '2024年5月6日', '关于印发某办法的通知', '某某省卫生健康委员会 某某省财政厅 2019年9月1日'),
    );
    expect(m.issuer).toBe('某某省卫生健康委员会');
    expect(m.publishDate).toBe('2024-05-06');
  });

  it('should support a signature with a seal remark (代章) under the organ or after it', async () => {
    const a = await meta(doc('某某市2025年爱国卫生工作要点', '一、总体要求', '某某市爱国卫生运动委员会', '（某某市卫生健康委员会代章）', '2025年3月1日'));
    expect([a.issuer, a.publishDate]).toEqual(['某某市爱国卫生运动委员会', '2025-03-01']);
    const b = await meta(doc('某某市2025年爱国卫生工作要点', '一、总体要求', '某某市爱国卫生运动委员会办公室（代章）', '2025年3月1日'));
    expect([b.issuer, b.publishDate]).toEqual(['某某市爱国卫生运动委员会办公室', '2025-03-01']);
  });

  it('should support a seal remark set off from the organ by white space, which goes with the remark', async () => {
    const a = await meta(doc('某某县2025年森林防火工作方案', '一、工作目标', '某某县森林防火指挥部\u3000\u3000（某某县应急管理局代章）', '2025年2月10日'));
    expect([a.issuer, a.publishDate]).toEqual(['某某县森林防火指挥部', '2025-02-10']);
    const b = await meta(doc('某某县2025年森林防火工作方案', '一、工作目标', '某某县森林防火指挥部  (代印)', '2025年2月10日'));
    expect([b.issuer, b.publishDate]).toEqual(['某某县森林防火指挥部', '2025-02-10']);
  });

  it('should not support a bracketed remark that is no seal remark as part of a signature', async () => {
    const m = await meta(doc('某某市2025年爱国卫生工作要点', '一、总体要求', '某某市爱国卫生运动委员会', '（联系人：张某）', '2025年3月1日'));
    expect(m.issuer).not.toBe('某某市爱国卫生运动委员会');
  });

  it('should support the signatures of 人民团体 and street offices (联合会, 总工会, 协会, 红十字会, 街道办事处)', async () => {
    for (const organ of ['某某市妇女联合会', '某某市总工会', '某某市科学技术协会', '某某市红十字会', '某某区某某街道办事处']) {
      const m = await meta(doc('某某市2025年工作要点', '一、总体要求', organ, '2025年3月1日'));
      expect([m.issuer, m.publishDate]).toEqual([organ, '2025-03-01']);
    }
  });

  it('should not support a line of the body that ends with such a word as a signature', async () => {
    const m = await meta(doc('某某市2025年工作要点', '一、总体要求', '发挥工会', '2025年3月1日前完成。'));
    expect(m.issuer).toBeNull();
  });

  it('should support a joint signature and its date on one line right under an attachment note that ends without a stop', async () => {
    const m = await meta(doc('某市卫生健康委员会 某市财政局关于做好2025年基本公共卫生服务工作的通知', '各县（市、区）卫生健康局、财政局：', '现就有关工作通知如下。', '一、提高补助标准', '各地要按时拨付资金。', '附件：1.2025年主要目标任务', '2.2025年补助资金分配表', '某市卫生健康委员会　　　　某市财政局    2025年2月20日'));
    expect([m.issuer, m.publishDate]).toEqual(['某市卫生健康委员会 某市财政局', '2025-02-20']);
  });

  it('should not support a sentence piece that ends with a date as a signature line of its own', async () => {
    const m = await meta(doc('某市2025年卫生健康工作要点', '一、总体要求', '各地要将实施方案报送市卫生健康委员会，截止时间为', '2025年3月31日', '某市卫生健康委员会', '2025年2月20日'));
    expect(m.publishDate).toBe('2025-02-20');
  });
});

