// Phrasings of 中医药, 病媒生物防制/爱国卫生 and 全民健身 plans (genre g143-g146 showed them): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { PlanYears } from '../../src/indicators/extract.js';

const ANNUAL_2026: PlanYears = { years: [2026, 2026], annual: true };

const years = async (lines: string[]): Promise<Array<[number | [number, number] | null, number | null]>> =>
  (await extract(lines.join('\n'), { path: 'plan.txt' })).indicators.map((i) => [i.value, i.year]);

describe('indicators: an unnumbered list of targets under a lead-in', () => {
  const head = ['某市卫生健康事业发展“十五五”规划', '一、发展目标', '到2030年，全市卫生健康服务体系更加完善。主要指标是：'];

  it('should support the lead-in year on every —— item of the list, each closed by 。', async () => {
    expect(await years([...head, '——医疗服务能力增强。每千人口执业（助理）医师数达到3.6人。', '——公共卫生体系健全。孕产妇死亡率控制在9/10万以下。', '——健康水平提升。人均预期寿命达到80岁。'])).toEqual([
      [3.6, 2030],
      [9, 2030],
      [80, 2030],
    ]);
  });

  it('should support a list whose items a PDF page break parts', async () => {
    expect(await years([...head, '——医疗服务能力增强。每千人口执业（助理）医师数达到3.6人。', '— 2 —', '——公共卫生体系健全。孕产妇死亡率控制在9/10万以下。'])).toEqual([
      [3.6, 2030],
      [9, 2030],
    ]);
  });

  it('should not support the lead-in year past the list\'s last item, on a paragraph with no item mark', async () => {
    expect(await years([...head, '——医疗服务能力增强。每千人口执业（助理）医师数达到3.6人。', '——公共卫生体系健全。孕产妇死亡率控制在9/10万以下。', '推进紧密型医联体建设，组建城市医疗集团3个。'])).toEqual([
      [3.6, 2030],
      [9, 2030],
      [3, null],
    ]);
  });
});

describe('indicators: 回顾 before the year that opens a sentence', () => {
  it('should support 回顾2025年，… in a 2026 plan as the measured levels of 2025', async () => {
    const { brief, indicators } = await import('./helpers.js');
    expect(brief(indicators('回顾2025年，全县经常参加体育锻炼人数比例为39.6%，人均体育场地面积为2.71平方米。', ANNUAL_2026))).toEqual([
      '经常参加体育锻炼人数比例|39.6|%|=|actual|2025',
      '人均体育场地面积|2.71|平方米|=|actual|2025',
    ]);
  });

  it('should not support the look back past its sentence: the next sentence naming the plan\'s year sets targets', async () => {
    const { brief, indicators } = await import('./helpers.js');
    expect(brief(indicators('回顾2025年，全县经常参加体育锻炼人数比例为39.6%。2026年，经常参加体育锻炼人数比例达到41%。', ANNUAL_2026))).toEqual([
      '经常参加体育锻炼人数比例|39.6|%|=|actual|2025',
      '经常参加体育锻炼人数比例|41|%|=|target|2026',
    ]);
  });
});

describe('indicators: counts of 体育 and of designated units', () => {
  const P = ANNUAL_2026;
  it('should support medals counted in 枚 and units a department 新命名s', async () => {
    const { names } = await import('./helpers.js');
    expect(names('力争在全省运动会上获得金牌30枚以上，新命名县级全民健身示范村12个。', P)).toEqual(['在全省运动会上获得金牌|30|枚', '县级全民健身示范村|12|个']);
  });

  it('should support the star ratings and grades a department awards (新评定, 评定) counted after their name', async () => {
    const { names } = await import('./helpers.js');
    expect(names('新评定四星级乡村旅游点15家，评定等级民宿20家。', P)).toEqual(['四星级乡村旅游点|15|家', '等级民宿|20|家']);
  });

  it('should not support 评定 right before a count as the verb of nothing: it ends the rating counted (开展等级评定2次)', async () => {
    const { names } = await import('./helpers.js');
    expect(names('全年开展星级评定2次。', P)).toEqual(['星级评定|2|次']);
  });

  it('should not support 一枚 in running text, or a unit named after someone (以…命名), as a count', async () => {
    const { names } = await import('./helpers.js');
    expect(names('打造一枚“金字招牌”，推进以李时珍命名的中医药文化街区建设。', P)).toEqual([]);
  });
});

describe('indicators: three or more groups of one length before a shared rate', () => {
  it('should support the last group\'s tail after as many characters as the groups have, for each group', async () => {
    const { names } = await import('./helpers.js');
    expect(names('宾馆饭店、学校食堂、集贸市场防蝇设施合格率分别达到95%、92%和90%以上。', ANNUAL_2026)).toEqual([
      '宾馆饭店防蝇设施合格率|95|%',
      '学校食堂防蝇设施合格率|92|%',
      '集贸市场防蝇设施合格率|90|%',
    ]);
  });

  it('should not support the parallel reading for groups of different lengths, or for a pair', async () => {
    const { names } = await import('./helpers.js');
    expect(names('传染病报告和突发公共卫生事件报告及时率均达到95%以上。', ANNUAL_2026)).toEqual([
      '传染病报告及时率|95|%',
      '突发公共卫生事件报告及时率|95|%',
    ]);
  });
});
