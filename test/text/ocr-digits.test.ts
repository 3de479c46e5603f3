// Digits an OCR engine read as letters (O for 0, l for 1) and a range's dash read as 一: read as the digits and the dash,
// one character for one, so that numbers, dates and ranges of a scanned page read as written.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { readOcrDigits } from '../../src/text/ocr-digits.js';

describe('text: OCR letters inside numbers', () => {
  it('should support the letters O and l inside a number read as 0 and 1, one for one', () => {
    expect(readOcrDigits('2O28年建成养老服务站4O个，入住率达到8l.5%')).toBe('2028年建成养老服务站40个，入住率达到81.5%');
    expect(readOcrDigits('培训护理员l5O人次，l2月3l日前完成')).toBe('培训护理员150人次，12月31日前完成');
    expect(readOcrDigits('覆盖3o个村')).toBe('覆盖30个村');
  });

  it('should support the dash of an age range read as 一 between two numbers', () => {
    expect(readOcrDigits('为60一69岁老年人接种')).toBe('为60—69岁老年人接种');
    expect(readOcrDigits('为6O一7O岁老年人接种')).toBe('为60—70岁老年人接种');
  });

  it('should not support changing Latin words, codes and names, nor 一 that is no dash', () => {
    for (const text of ['推广O2O服务模式', '部署IPv6和5G网络', '防控COVID-19疫情', '达到Level1标准', '建设一级医院1个', '2026年一季度完成', '第1一批', 'PM2.5浓度', 'HPV疫苗', 'l型设备']) {
      expect(readOcrDigits(text)).toBe(text);
    }
    expect(readOcrDigits('加快数字化建设')).toBe('加快数字化建设');
  });

  it('should support a scanned plan whose numbers, dates and ranges the OCR damaged, the source kept as written', async () => {
    const text = '某县2O28年老年人健康服务实施方案\n一、工作目标\n2O28年，为全县65一74岁老年人免费开展健康体检，体检率达到7O%以上，培训家庭医生l2O人次。\n\n某县卫生健康局\n2O28年2月l6日\n';
    const plan = await extract(text);
    expect(plan.indicators.map((i) => [i.value, i.unit, i.comparator, i.year, i.text])).toEqual([
      [[65, 74], '岁', 'range', 2028, '全县65一74岁老年人免费开展健康体检'],
      [70, '%', '>=', 2028, '体检率达到7O%以上'],
      [120, '人次', '=', 2028, '培训家庭医生l2O人次'],
    ]);
    expect([plan.meta.publishDate, plan.meta.issuer]).toEqual(['2028-02-16', '某县卫生健康局']);
  });
});
