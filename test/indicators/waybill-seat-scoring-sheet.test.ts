// Units of postal and hotline plans and the columns of a scoring sheet. 票 (a waybill, the count 快递/物流 statistics give beside 件)
// and 席 (a seat of a call centre or a service hall) are count units, not after a Chinese numeral and not where they begin a noun
// (票据, 席位). A scoring sheet (考核评分表) gives each indicator its points (分值, 权重) and a rule that turns its result into points
// (评分标准): neither column holds a target, only the 目标值 column does; a weight that is a share of an item's points (占…分值的20%)
// is no target either (grammar scoreTotals). Sentences and tables written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const read = async (text: string) =>
  (await extract(text, { path: 'plan.txt' })).indicators.map((i) => [i.metric, i.value, i.unit, i.comparator]);

describe('indicators: 票 and 席 as count units', () => {
  it('should support 票 and 万票 after a number, with or without 每日', async () => {
    expect(await read('某市2027年邮政快递工作要点\n全市农村地区寄递农产品达到3500万票，快件日均处理量提升到每日6万票。')).toEqual([
      ['农村地区寄递农产品', 3500, '万票', '='],
      ['快件日均处理量', 6, '万票', '='],
    ]);
  });

  it('should support 席 as the seats of a call centre, also from a baseline', async () => {
    expect(await read('某区2027年政务服务热线工作方案\n受理坐席由80席增加到96席，新增视频客服坐席不少于10席。')).toEqual([
      ['受理坐席', 80, '席', '='],
      ['受理坐席', 96, '席', '='],
      ['视频客服坐席', 10, '席', '>='],
    ]);
  });

  it('should not support 票 or 席 where they begin a noun or follow a Chinese numeral', async () => {
    expect(await read('某县2027年工作方案\n对安全生产实行一票否决，电子票据开具率达到100%，大厅设置服务席位12个。')).toEqual([
      ['电子票据开具率', 100, '%', '='],
      ['服务席位', 12, '个', '='],
    ]);
  });
});

describe('indicators: the points of a scoring sheet', () => {
  const sheet = [
    '某市2027年政务服务热线工作方案',
    '一、考核办法',
    '考核结果占年度综合考核“优化营商环境”指标分值的15%。',
    '',
    '附件',
    '某市热线承办单位考核评分表',
    '序号\t考核指标\t目标值\t分值\t评分标准',
    '1\t按时办结率\t≥97%\t40\t每低1个百分点扣2分',
    '2\t群众满意率\t≥92%\t60\t每低1个百分点扣3分',
    '合计\t\t\t100\t',
  ].join('\n');

  it('should support the cells of the 目标值 column as targets named by the row', async () => {
    expect(await read(sheet)).toEqual([
      ['按时办结率', 97, '%', '>='],
      ['群众满意率', 92, '%', '>='],
    ]);
  });

  it('should not support the 分值 or 权重 column, nor a weight that is a share of an item’s points', async () => {
    const weights = sheet.replace('\t分值\t', '\t权重（%）\t');
    const got = await read(weights);
    expect(got.map((r) => r[1])).toEqual([97, 92]);
  });
});
