// A township's (乡, 镇) plan is placed in its county, which it names as the leadership it works under (genre g159 showed it):
// documents written for these tests.
import { describe, expect, it } from 'vitest';
import { doc, meta } from './meta-helpers.js';

const town = (organ: string, preamble: string): string =>
  doc(`${organ}2026年工作计划`, preamble, '一、主要目标', '全镇粮食播种面积稳定在3万亩以上。', organ, '2026年1月15日');

describe('meta region: a township plan', () => {
  it('should support the county whose 县委、县政府 the town works under', async () => {
    const m = await meta(town('长乐镇人民政府', '为做好全年工作，根据攸县县委、县政府工作部署，结合我镇实际，制定本计划。'));
    expect(m.region).toBe('攸县');
  });

  it('should support a county-level city named as 市委市政府 by a 乡政府', async () => {
    const m = await meta(town('石门乡人民政府', '按照浏阳市委市政府的要求，结合我乡实际，制定本计划。'));
    expect(m.region).toBe('浏阳市');
  });

  it('should support the county whose arrangements a township\'s plan follows (根据某县2027年重点工作安排, 按照某县统一部署)', async () => {
    for (const preamble of ['为落实县委经济工作会议精神，根据攸县2026年重点工作安排，结合我镇实际，制定本计划。', '按照浏阳市统一部署，结合我乡实际，制定本计划。']) {
      const m = await meta(town('石门乡人民政府', preamble));
      expect(m.region, preamble).toBe(preamble.includes('攸县') ? '攸县' : '浏阳市');
    }
  });

  it('should not support a county named after a word of basis that is no arrangement of it (根据攸县相邻乡镇的经验)', async () => {
    const m = await meta(town('长乐镇人民政府', '根据攸县相邻乡镇的经验，结合我镇实际，制定本计划。'));
    expect(m.region).toBeNull();
  });

  it('should support a town\'s 政府工作报告 whose government only its speaker line names (某镇人民政府镇长　某某)', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月9日在青石镇第九届人民代表大会第三次会议上', '青石镇人民政府镇长　王某某', '各位代表：', '现在，我代表镇人民政府向大会报告工作。', '一、2026年工作回顾', '一年来，在攸县县委、县政府的坚强领导下，全镇经济稳中向好。'));
    expect(m.region).toBe('攸县');
  });

  it('should not support a county a town\'s report names otherwise than as the leadership', async () => {
    const m = await meta(doc('政府工作报告', '——2027年1月9日在青石镇第九届人民代表大会第三次会议上', '青石镇人民政府镇长　王某某', '各位代表：', '一、2026年工作回顾', '我镇与攸县相邻乡镇加强合作，全镇经济稳中向好。'));
    expect(m.region).toBeNull();
  });

  it('should not support a county named otherwise than as the leadership (a partner place)', async () => {
    const m = await meta(town('长乐镇人民政府', '我镇与攸县相邻乡镇加强合作，制定本计划。'));
    expect(m.region).toBeNull();
  });

  it('should not support the rule for a county organ that cites its city', async () => {
    const m = await meta(doc('某某局2026年工作计划', '根据株洲市委、市政府工作部署，制定本计划。', '一、主要目标', '某某局', '2026年1月15日'));
    expect(m.region).not.toBe('株洲市');
  });
});
