import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

describe('meta: title', () => {
  it('should support a plan title on the first line', async () => {
    expect((await meta(doc('2021年全市卫生健康重点工作', '2021年是…开局之年。', '一、加强党建'))).title).toBe('2021年全市卫生健康重点工作');
  });

  it('should support the plan a notice 印发s, not the notice', async () => {
    const m = await meta(
      doc(
        '某市卫生健康局关于印发《2022年全市卫生健康工作要点》的通知',
        '各区卫生健康局:',
        '现将《2022年全市卫生健康工作要点》印发给你们,请认真贯彻落实。',
        '2022年全市卫生健康工作要点',
        '一、加强党的建设',
      ),
    );
    expect(m.title).toBe('2022年全市卫生健康工作要点');
  });

  it('should support the name a notice gives when the plan title line is missing', async () => {
    const m = await meta(doc('贵阳市卫生健康局关于印发2022年卫生健康工作要点的通知', '各区卫生健康局:', '现印发给你们。'));
    expect(m.title).toBe('2022年卫生健康工作要点');
  });

  it('should support removing PDF stray spaces', async () => {
    const m = await meta(doc('2020 年全市卫生健康工作要点', '', '一、全面加强 党的建设'));
    expect(m.title).toBe('2020年全市卫生健康工作要点');
  });

  it('should support a title a PDF broke over two lines', async () => {
    const m = await meta(doc('龙岗区社区健康服务机构人才', '', '奖励实施细则', '', '第一条 为稳定人才队伍,制定本细则。'));
    expect(m.title).toBe('龙岗区社区健康服务机构人才奖励实施细则');
  });

  it('should support a notice that is the document itself', async () => {
    const m = await meta(doc('关于做好2021年基本公共卫生服务项目工作的通知', '各县区卫生健康局:', '现就有关工作通知如下。'));
    expect(m.title).toBe('关于做好2021年基本公共卫生服务项目工作的通知');
    expect(m.kind).toBe('通知');
  });

  it('should not support page furniture as the title', async () => {
    const m = await meta(
      doc('某区2024年工作计划-某区人民政府', '', '当前位置: 首页 / 政务公开', '厦门市翔安区卫生健康局2024年工作计划', '日期:2024-04-30 09:09 字号:[ 大 ] [ 中 ] [ 小 ]'),
    );
    expect(m.title).toBe('厦门市翔安区卫生健康局2024年工作计划');
  });

  it('should not support a 文号 or a red header as the title', async () => {
    const m = await meta(doc('泉州市人民政府文件', '泉政文〔2019〕45号', '泉州市人民政府关于促进健康服务业发展的实施意见', '各县(市、区)人民政府:'));
    expect(m.title).toBe('泉州市人民政府关于促进健康服务业发展的实施意见');
  });

  it('should not support a site menu or a category line as the title', async () => {
    const m = await meta(doc('首页 | 机构概况 | 政务公开 | 办事服务', '规划计划', '某某县卫生健康局2022年工作总结和2023年工作计划', '一、2022年工作总结'));
    expect(m.title).toBe('某某县卫生健康局2022年工作总结和2023年工作计划');
  });
});
