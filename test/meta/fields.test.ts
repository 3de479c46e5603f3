// The page's metadata panel: gov.cn lays it out as a table (labels spaced out, two label/value
// pairs a line) or one cell per line; other sites as `label: value` header lines.
import { describe, expect, it } from 'vitest';
import { grammars } from '../grammar-helpers.js';
import { doc, meta } from './meta-helpers.js';

describe('meta: metadata panel', () => {
  it('should support gov.cn labels spaced out and two pairs a line separated by TABs', async () => {
    const m = await meta(
      doc(
        '索  引  号：\t000014349/2021-00045\t主题分类：\t卫生、体育\\卫生',
        '发文机关：\t国务院办公厅\t成文日期：\t2021年05月14日',
        '标　　题：\t国务院办公厅关于推动某项工作高质量发展的意见',
        '发文字号：\t国办发〔2021〕18号\t发布日期：\t2021年06月04日',
        '',
        '各省、自治区、直辖市人民政府：',
        '一、总体要求',
      ),
    );
    expect(m.title).toBe('国务院办公厅关于推动某项工作高质量发展的意见');
    expect(m.docNumber).toBe('国办发〔2021〕18号');
    expect(m.publishDate).toBe('2021-06-04');
    expect(m.issueDate).toBe('2021-05-14');
    expect(m.issuer).toBe('国务院办公厅');
    expect(m.region).toBe('全国');
  });

  it('should support labels written in square brackets, and a label with no value kept out of the title and issuer', async () => {
    const m = await meta(
      doc(
        '[发文机构] 某某市卫生健康委员会',
        '[成文日期] 2025-03-08',
        '[发文字号] 某卫医〔2025〕12号',
        '[发布日期] 2025-03-10',
        '[有效性]',
        '某某市卫生健康委员会关于印发《2025年卫生健康工作要点》的通知',
        '各区卫生健康委：',
        '2025年卫生健康工作要点',
        '一、总体要求',
      ),
    );
    expect([m.title, m.issuer, m.docNumber, m.issueDate, m.publishDate]).toEqual(['2025年卫生健康工作要点', '某某市卫生健康委员会', '某卫医〔2025〕12号', '2025-03-08', '2025-03-10']);
    expect((await meta(doc('【发布时间】2025-03-10　【来源】某某市卫生健康委员会', '某某市2025年卫生健康工作要点', '一、总体要求'))).publishDate).toBe('2025-03-10');
  });

  it('should support the 名称 label of a 政府信息公开 panel as the title the copied text lost', async () => {
    const m = await meta(
      doc('发布机构：	某某市卫生健康委员会	成文日期：	2025-03-08', '名称：	某某市卫生健康委员会关于印发2025年卫生健康工作要点的通知', '文号：	某卫〔2025〕12号	发布日期：	2025-03-10', '一、总体要求', '二、重点任务'),
    );
    expect([m.title, m.docNumber, m.kind]).toEqual(['2025年卫生健康工作要点', '某卫〔2025〕12号', '工作要点']);
  });

  it('should support a labelled date with spaces between its digits and 年月日, as PDF text sets it', async () => {
    const m = await meta(doc('发文机关：\t某某省人民政府办公厅\t成文日期：\t2026 年 04 月 08 日', '发文字号：\t某政办发〔2026〕7 号\t发布日期：\t2026 年 4 月 15 日', '某某省某项工作三年行动方案', '一、总体要求'));
    expect([m.issueDate, m.publishDate]).toEqual(['2026-04-08', '2026-04-15']);
    expect((await meta(doc('发布时间： 2026 - 04 - 15 10:30　来源：某某县农业农村局', '某某县2026年农业农村工作要点', '一、总体要求'))).publishDate).toBe('2026-04-15');
  });

  it('should not support a labelled year and month with no day as a date', async () => {
    const m = await meta(doc('成文日期：\t2026 年 04 月', '发布日期：\t2026 年', '某某省某项工作三年行动方案', '一、总体要求'));
    expect([m.issueDate, m.publishDate]).toEqual([null, null]);
  });

  it('should support one cell per line, the value under its label', async () => {
    const m = await meta(doc('发文机关：', '国务院', '成文日期：', '2016年12月27日', '发布日期：', '2017年01月09日', '“十三五”某某规划', '一、规划背景'));
    expect([m.publishDate, m.issueDate]).toEqual(['2017-01-09', '2016-12-27']);
  });

  it('should not support a panel line as the document\'s title line', async () => {
    const m = await meta(doc('标题: 某市关于印发《某市护理规划》的通知', '发布日期: 2021-10-13', '', '某市护理规划', '一、回顾'));
    expect(m.title).toBe('某市护理规划');
  });

  it('should support a 标题 that a page printed to PDF wrapped in its panel cell, the line below no title of its own', async () => {
    const m = await meta(
      doc(
        '发布机构：某市人民政府办公室　　发文日期：2025-06-05',
        '文　　号：某政办〔2025〕9号　　发布日期：2025-06-09',
        '标　　题：某市人民政府办公室关于印发某市乡村医生队伍',
        '建设管理办法的通知',
        '',
        '某市人民政府办公室关于印发某市乡村医生队伍建设管理办法的通知',
        '各县区人民政府：',
        '现印发给你们，请认真遵照执行。',
        '某市人民政府办公室',
        '2025年6月5日',
        '某市乡村医生队伍建设管理办法',
        '第一章　总　则',
      ),
    );
    expect(m.title).toBe('某市乡村医生队伍建设管理办法');
    expect(m.kind).toBe('办法');
  });

  it('should not support the panel line under an open 标题 as a piece of it', async () => {
    const m = await meta(doc('标　　题：某市人民政府办公室关于印发某市乡村医生队伍', '发布日期：2025-06-09', '', '某市乡村医生队伍建设管理办法', '第一章　总　则', '第一条　为加强管理，制定本办法。'));
    expect(m.publishDate).toBe('2025-06-09');
    expect(m.title).toBe('某市乡村医生队伍建设管理办法');
  });

  it('should support a joint issue the panel names, spaces kept as written', async () => {
    const m = await meta(doc('发文机关：\t中共中央 国务院\t成文日期：\t2016年10月25日', '', '“健康某国2030”规划纲要', '第一章 指导思想'));
    expect(m.issuer).toBe('中共中央 国务院');
  });

  it('should support 日期 and 时间 as labels of their own, also right after a title whose line break was lost', async () => {
    const m = await meta(doc('某市2025年卫生健康工作要点', '时间：2025-03-14 10:20　来源：某市卫生健康委', '一、深化改革', '推进改革。', '某市卫生健康委员会', '2025年3月10日'));
    expect(m.publishDate).toBe('2025-03-14');
    expect(m.issueDate).toBe('2025-03-10');
    const run = await meta(doc('某市2025年卫生健康工作要点日期： 2025-03-14 浏览量：12', '一、深化改革', '推进改革。', '某市卫生健康委员会', '2025年3月10日'));
    expect(run.publishDate).toBe('2025-03-14');
  });

  it('should not support a consultation\'s comment period (征求意见时间, 意见反馈时间) as the publish time', async () => {
    const m = await meta(
      doc(
        '关于《泰州市托育服务三年行动方案（征求意见稿）》公开征求意见的公告',
        '征求意见时间：2025年11月20日—2025年12月19日',
        '意见反馈时间：2025年12月19日前',
        '泰州市卫生健康委员会',
        '2025年11月18日',
        '泰州市托育服务三年行动方案',
        '（征求意见稿）',
        '一、工作目标',
      ),
    );
    expect(m.publishDate).toBe('2025-11-18');
    expect(m.issueDate).toBeNull();
  });

  it('should not support a site or a news agency named as 来源 as the issuer', async () => {
    const m = await meta(doc('发布时间：2016-10-25 17:41　来源：新华社', '“健康某国2030”规划纲要', '第一章 指导思想'));
    expect(m.issuer).toBeNull();
  });
});

describe('meta: label patterns by first character', () => {
  it('should support the matches of the whole label pattern, tried only where a label starts', () => {
    const labels = grammars().meta.labels;
    const lines = [
      '发布时间：2023-03-24 来源：区卫生健康委 字号：大 中 小',
      '索 引 号：000014349/2021-00045 发文字号：国办发〔2021〕18号 文号：x',
      '日期:2024-04-30 09:09 浏览次数：12 发文日期 2021年 成文日期：2021年05月14日',
      '没有标签的一行 信息来源 标　　题：某某规划',
    ];
    for (const line of lines) {
      const whole = [...line.matchAll(labels.pattern)].map((m) => [m.index, m[0]]);
      const byFirst: Array<[number, string]> = [];
      for (let i = 0; i < line.length; i++) {
        const re = labels.byFirstChar.get(line[i] as string);
        if (!re) continue;
        re.lastIndex = i;
        const m = re.exec(line);
        if (m) {
          byFirst.push([m.index, m[0]]);
          i = m.index + m[0].length - 1;
        }
      }
      expect(byFirst, line).toEqual(whole);
      expect(whole.length, line).toBeGreaterThan(0);
    }
  });
});
