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

  it('should not support cutting a PDF line that only starts with a page break', async () => {
    const m = await meta('\f2020 年全市卫生健康工作要点\n\n一、全面加强 党的建设\n\f各级党组织要 强化责任。\n');
    expect(m.title).toBe('2020年全市卫生健康工作要点');
  });

  it('should support a short page that came out as one line with page breaks inside', async () => {
    const tasks = Array.from({ length: 12 }, (_, i) => `${i + 1}.开展第${i + 1}项整治。全年组织集中整治活动不少于${i + 2}次，重点清理城乡接合部的卫生死角。`).join(' ');
    const m = await meta(
      `2024/3/15 09:48 某县2024年爱国卫生工作方案_通知公告 发布日期：2024-03-14 某县2024年爱国卫生工作方案 某爱卫办〔2024〕2号 为深入开展爱国卫生运动，结合我县实际，制定本方案。 一、工作目标 到2024年底，全县卫生乡镇占比达到40%以上。 二、重点任务 ${tasks.slice(0, 200)} https://example.gov.cn/a.html 1/2\f2024/3/15 09:48 某县2024年爱国卫生工作方案 ${tasks.slice(200)} 三、保障措施 各乡镇要加强组织领导。 某县爱国卫生运动委员会办公室 2024年3月12日`,
    );
    expect(m.title).toBe('某县2024年爱国卫生工作方案');
    expect(m.docNumber).toBe('某爱卫办〔2024〕2号');
    expect(m.issuer).toBe('某县爱国卫生运动委员会办公室');
    expect([m.publishDate, m.issueDate]).toEqual(['2024-03-14', '2024-03-12']);
  });
});
