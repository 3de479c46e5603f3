// A web page's tools and labels in 【】 (【字体：大 中 小】【打印】【关闭】) end what stands before them: on a page that
// lost its line breaks the text runs on right after them, and its first sentence opens there.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) => (await extract(text)).indicators.map((i) => `${i.metric} ${JSON.stringify(i.value)} ${i.kind} ${i.year}`);
const REVIEW = '2025年，全市建成胸痛中心6家，县域内就诊率达到90.5%。2026年是“十五五”开局之年，全市卫生健康工作要抓好以下重点。';
const TASK = '持续深化医药卫生体制改革，推动优质医疗资源扩容下沉和区域均衡布局，加强基层医疗卫生服务体系建设，提升群众就医获得感。';
const PLAN = ['一、主要目标', '全市县域内就诊率达到92%以上，新建胸痛中心2家。', '二、重点任务', `（一）提升县级医院能力。${TASK.repeat(3)}`, `（二）做实家庭医生签约服务。${TASK.repeat(3)}`, `（三）加强公共卫生体系建设。${TASK.repeat(3)}`];

describe('a page tool in 【】 run into the text on one line', () => {
  it('should support the year that opens the text after the tools, as on the page laid out in lines', async () => {
    const lines = ['某市卫生健康委员会2026年工作要点', '发布时间：2026-02-26　来源：市卫生健康委　浏览次数：518　【字体：大 中 小】　【打印】　【关闭】', REVIEW, ...PLAN];
    const clean = await read(lines.join('\n'));
    expect(clean).toContain('县域内就诊率 90.5 actual 2025');
    expect(await read(lines.join(''))).toEqual(clean);
  });

  it('should support a tool holding a label and its value, run onto the text before it', async () => {
    const lines = ['某市卫生健康委员会2026年工作要点', '发布时间：2026-02-26　来源：市卫生健康委【字号：大 中 小】', REVIEW, ...PLAN];
    expect(await read(lines.join(''))).toEqual(await read(lines.join('\n')));
  });

  it('should not support a term in 【】 inside a sentence as a sentence end', async () => {
    const text = ['某市2026年卫生健康工作要点', '一、主要目标', '全市新建【智慧医院】5家，县域内就诊率达到92%以上。'].join('\n');
    expect(await read(text)).toContain('【智慧医院】 5 target 2026');
  });
});
