// The city a document writes before its district or county where the divisions dataset gives another one or none (holdout46
// showed both): documents written for these tests, with invented cities.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

/** A district notice signed by `organ`, printing a plan whose title names the district alone. */
const districtNotice = (organ: string): string =>
  doc(
    `${organ}关于印发《云溪区2026年生态环境保护工作要点》的通知`,
    '各街道办事处、镇人民政府，区政府各部门：',
    '现将《云溪区2026年生态环境保护工作要点》印发给你们，请认真贯彻执行。',
    organ,
    '2026年3月2日',
    '云溪区2026年生态环境保护工作要点',
    '一、总体要求',
    '全区空气质量优良天数比率达到90%以上。',
  );

describe('meta region: the city the organ writes before a district the dataset places elsewhere', () => {
  it('should support the written city over the dataset’s parent of a district of the same name, with no code', async () => {
    const m = await meta(districtNotice('枫州市云溪区人民政府办公室'));
    expect(m.region).toBe('枫州市云溪区');
    expect(m.regionCode).toBeNull();
  });

  it('should support the written city past a province written before it', async () => {
    expect((await meta(districtNotice('枫南省枫州市云溪区人民政府办公室'))).region).toBe('枫州市云溪区');
  });

  it('should not support a change where the written city is the dataset’s parent', async () => {
    const m = await meta(districtNotice('岳阳市云溪区人民政府办公室'));
    expect(m.region).toBe('岳阳市云溪区');
    expect(m.regionCode).toBe('430603');
  });

  it('should not support a change where the organ writes the district alone', async () => {
    expect((await meta(districtNotice('云溪区人民政府办公室'))).region).toBe('岳阳市云溪区');
  });

  it('should not support the short form of an autonomous prefecture as another city (恩施州巴东县)', async () => {
    const m = await meta(doc('恩施州巴东县卫生健康局2026年工作要点', '一、总体要求', '全县推进健康巴东建设。'));
    expect(m.regionCode).toBe('422823');
  });
});

describe('meta region: a county the dataset lacks, written after its city in the text', () => {
  const county = (sentence: string): string =>
    doc('青枫县农业农村局2026年工作要点', '一、总体要求', sentence, '二、主要任务', '全县新建高标准农田2万亩。', '青枫县农业农村局', '2026年2月20日');

  it('should support the city the text writes right before the county, also written as a word of its own', async () => {
    const m = await meta(county('根据《枫州市农业农村局2026年工作要点》部署，扎实推进枫州市青枫县农业现代化。'));
    expect(m.region).toBe('枫州市青枫县');
  });

  it('should support a city the dataset knows written right before the county', async () => {
    expect((await meta(county('全面推进湖州市青枫县农业现代化。'))).region).toBe('湖州市青枫县');
  });

  it('should not support the words before the county as a city when the text never writes them as a word of their own', async () => {
    expect((await meta(county('全面推进枫州市青枫县农业现代化。'))).region).toBe('青枫县');
  });

  it('should not support a county the text never writes after a city', async () => {
    expect((await meta(county('全县推进农业现代化，建设农业强县。'))).region).toBe('青枫县');
  });
});
