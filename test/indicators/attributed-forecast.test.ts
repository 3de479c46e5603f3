// 据X预测/预计/测算，…: a clause that opens by attributing a projection to a named body (a 植保站, a 气象台, a 统计局) reports what
// that body expects (a pest outbreak, the weather, a demand); its amounts are no target the plan sets nor a level reached, with
// or without 将. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { indicators, brief, ANNUAL_2024 } from './helpers.js';

const values = (text: string) => brief(indicators(text, ANNUAL_2024)).map((b) => b.split('|').slice(1, 3).join('|'));

describe('indicators: a forecast attributed to a named body (据县植保站预测，…)', () => {
  it('should support the amounts of an attributed forecast as no indicator', () => {
    expect(values('据市植保植检站预测，全市水稻“两迁”害虫发生面积约120万亩次。')).toEqual([]);
    expect(values('据县气象台预计，汛期降水量较常年偏多2成，其中7月降水量可达300毫米。')).toEqual([]);
  });
  it('should not support a target after the forecast, or a body named with no word of forecasting, as a forecast', () => {
    expect(values('据县植保站预测，今年病虫害偏重发生。全年统防统治面积达到35万亩。')).toEqual(['35|万亩']);
    expect(values('据县农业农村局安排，全年推广测土配方施肥面积50万亩。')).toEqual(['50|万亩']);
  });
});
